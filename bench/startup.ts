/**
 * Start-up benchmark: browser mode from `minga serve` process start to the exercise list
 * rendered with 1,000 exercises (target ≤ 1.5 s on a 2-core machine). The browser is launched
 * beforehand, as the desktop window would exist before its content.
 */
import { Engine } from '../src/core/engine';
import { tempDataDir } from '../src/core/testing/harness';
import { startServer } from '../tests/e2e/fixtures/server';
import { launchChromium } from './browser';

const exercises = Number(process.env.MINGA_BENCH_EXERCISES ?? 1_000);
const runs = Number(process.env.MINGA_BENCH_RUNS ?? 5);

async function seed(dataDir: string): Promise<void> {
  const engine = new Engine({ dataDir, owner: 'bench', backupIntervalMs: 0, log: () => undefined }).start();
  const session = engine.connect({});
  const phases = ['explore', 'ideate', 'prototype', 'test', 'implement', 'scale'] as const;
  for (let index = 0; index < exercises; index += 1) {
    await engine.handlers.createExercise({
      title: `Ejercicio de innovación ${index + 1}`, challenge: '¿Cómo podríamos mejorar la atención ciudadana?',
      leadEntity: `Alcaldía ${index % 50}`, otherActors: [], sdgs: [16], phase: phases[index % phases.length]!,
      startDate: '2026-03-01', endDate: '', team: [],
    }, session);
  }
  engine.close();
}

export async function runStartupBench(): Promise<Record<string, number>> {
  const folder = tempDataDir('minga-bench-startup-');
  const browser = await launchChromium();
  try {
    await seed(folder.dir);
    const timings: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 850 } });
      const started = performance.now();
      const server = await startServer(folder.dir);
      const listening = performance.now() - started;
      await page.goto(server.url);
      await page.getByRole('row').nth(exercises).waitFor();
      const rendered = performance.now() - started;
      timings.push(rendered);
      if (run === 0) console.log(`  first run: server listening after ${listening.toFixed(0)} ms`);
      await page.close();
      await server.stop();
    }
    const sorted = [...timings].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(`startup: process start → list of ${exercises} exercises rendered, ${runs} runs`);
    console.log(`  median ${median.toFixed(0)} ms, best ${sorted[0]!.toFixed(0)} ms, worst ${sorted.at(-1)!.toFixed(0)} ms (target ≤ 1500 ms)`);
    return { exercises, medianMs: median, bestMs: sorted[0]!, worstMs: sorted.at(-1)! };
  } finally {
    await browser.close();
    folder.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runStartupBench();
