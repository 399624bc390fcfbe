// `npm run bench`: runs every benchmark in turn and prints its figures. These are scripts that
// print numbers, not timed tests; record them in docs/PERFORMANCE.md with the command used.
import { spawnSync } from 'node:child_process';

const benches = (process.argv.slice(2).length ? process.argv.slice(2) : ['store', 'startup', 'crash', 'board', 'sync', 'report']);
let failed = false;
for (const name of benches) {
  console.log(`\n== ${name} ==`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `bench/${name}.ts`], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
