/**
 * The desktop sync convergence test at benchmark scale: 100 seeds (MINGA_SYNC_SEEDS) of three
 * desktops editing offline and syncing through one hub in random order; prints seeds run,
 * failures (with the first lines of each) and the time taken.
 */
import { startTestHub } from '../src/server/testing/hubHarness';
import { runConvergenceSeed, unthrottled } from '../tests/integration/sync/convergenceRun';

const firstSeed = Number(process.env.MINGA_SYNC_SEED ?? 1);
const seeds = Number(process.env.MINGA_SYNC_SEEDS ?? 100);

const hub = await startTestHub(unthrottled);
const started = performance.now();
const failures: string[] = [];
let rounds = 0;
try {
  for (let seed = firstSeed; seed < firstSeed + seeds; seed += 1) {
    try {
      rounds += (await runConvergenceSeed(hub, seed)).rounds;
    } catch (error) {
      failures.push(String(error).split('\n').slice(0, 3).join('\n'));
    }
  }
} finally {
  await hub.close();
}
const seconds = (performance.now() - started) / 1000;
console.log(`sync convergence: ${seeds} seeds (${firstSeed}–${firstSeed + seeds - 1}), ${rounds} sync rounds, 3 desktops and a hub, in ${seconds.toFixed(1)} s`);
console.log(`  failures: ${failures.length}`);
for (const failure of failures) console.log(`  ${failure}`);
process.exit(failures.length > 0 ? 1 : 0);
