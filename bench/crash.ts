/**
 * The crash test at benchmark scale: more SIGKILLs than CI runs (default 300), printing how
 * many acknowledged edits were checked and whether any was lost.
 */
import { tempDataDir } from '../src/core/testing/harness';
import { buildEditor } from '../tests/integration/crash/buildEditor';
import { crashRound, seedBoard } from '../tests/integration/crash/crashRun';

const rounds = Number(process.env.MINGA_CRASH_ROUNDS ?? 300);

export async function runCrashBench(): Promise<Record<string, number>> {
  const folder = tempDataDir('minga-bench-crash-');
  try {
    const editor = await buildEditor();
    const boardId = await seedBoard(folder.dir);
    let acknowledged = 0;
    let lost = 0;
    let badIntegrity = 0;
    const started = performance.now();
    for (let round = 0; round < rounds; round += 1) {
      const result = await crashRound(editor, folder.dir, boardId, 1 + Math.floor(Math.random() * 150), round);
      acknowledged += result.acknowledged;
      lost += result.missing.length;
      if (result.integrity !== 'ok') badIntegrity += 1;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`crash: ${rounds} SIGKILLs at random points of an edit stream in ${seconds.toFixed(0)} s`);
    console.log(`  acknowledged edits checked: ${acknowledged}; lost: ${lost}; integrity failures: ${badIntegrity}`);
    return { rounds, acknowledged, lost, badIntegrity };
  } finally {
    folder.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runCrashBench();
