import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../src/core/testing/harness';
import { buildEditor } from './crash/buildEditor';
import { crashRound, seedBoard } from './crash/crashRun';

const rounds = Number(process.env.MINGA_CRASH_ROUNDS ?? 50);

describe('a core killed with SIGKILL in the middle of an edit stream', () => {
  let editor: string;
  const folder = tempDataDir('minga-crash-');
  beforeAll(async () => {
    editor = await buildEditor();
  });
  afterAll(() => folder.remove());

  it(`keeps every acknowledged edit and an intact database (${rounds} kills)`, async () => {
    const boardId = await seedBoard(folder.dir);
    let totalAcknowledged = 0;
    for (let round = 0; round < rounds; round += 1) {
      // Kill anywhere from just after start-up to well into the stream.
      const killAfterMs = 1 + ((round * 37) % 120);
      const result = await crashRound(editor, folder.dir, boardId, killAfterMs, round);
      expect(result.missing, `round ${round}`).toEqual([]);
      expect(result.integrity).toBe('ok');
      totalAcknowledged += result.acknowledged;
    }
    // The stream must really have been running when the kills landed.
    expect(totalAcknowledged).toBeGreaterThan(rounds);
  }, 300_000);
});
