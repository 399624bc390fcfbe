import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../../src/server/testing/hubHarness';
import { runConvergenceSeed, unthrottled } from './sync/convergenceRun';

/**
 * Three desktop cores and a real hub: seeded offline edits, sync rounds in random order, then
 * every replica identical (content, state vectors, delete sets), also after reopening from disk.
 * Replay one seed with MINGA_SYNC_SEED=<seed> MINGA_SYNC_SEEDS=1; 100 seeds: bench/syncConvergence.ts.
 */
const firstSeed = Number(process.env.MINGA_SYNC_SEED ?? 1);
const seedCount = Number(process.env.MINGA_SYNC_SEEDS ?? 20);

describe('three desktops syncing through a hub', () => {
  let hub: TestHub;
  beforeAll(async () => {
    // Hundreds of rounds from 127.0.0.1 in a minute would hit the hub's per-address throttles.
    hub = await startTestHub(unthrottled);
  });
  afterAll(() => hub.close());

  it(`converge over ${seedCount} seeded runs of offline edits and sync rounds in random order`, async () => {
    let rounds = 0;
    for (let seed = firstSeed; seed < firstSeed + seedCount; seed += 1) {
      const run = await runConvergenceSeed(hub, seed);
      expect(run.documents).toBeGreaterThanOrEqual(3);
      rounds += run.rounds;
    }
    expect(rounds).toBeGreaterThan(seedCount * 8);
  }, 180_000);
});
