/**
 * A hub in a process of its own, for tests that kill it: started by `startHubProcess` with
 * `node --import tsx`, it prints one JSON line with its addresses once it listens.
 */
import { startHub } from '../hub';

const hub = await startHub({
  databaseUrl: process.env.MINGA_TEST_HUB_DATABASE,
  redisUrl: process.env.MINGA_TEST_HUB_REDIS || undefined,
  port: 0,
  log: (message) => process.stderr.write(`${message}\n`),
});
process.stdout.write(`${JSON.stringify({ url: hub.url, syncUrl: hub.syncUrl })}\n`);
