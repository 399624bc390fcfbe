import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { findProgram, freePort, killOnExit, spawn, stopChild, waitUntilReady } from './processes';

export interface TestRedis {
  pid: number;
  url: string;
  stop(): Promise<void>;
}

/** A throwaway redis-server on 127.0.0.1 and a free port, without persistence; stopped by its pid. */
export async function startTestRedis(): Promise<TestRedis> {
  const program = findProgram('redis-server', ['/usr/bin', '/usr/sbin', '/usr/local/bin'],
    'These tests need Debian\'s redis-server package: `.ci/run` installs it; or run `apt-get install redis-server`.');
  const folder = mkdtempSync(join(tmpdir(), 'minga-redis-'));
  const port = await freePort();
  const child = spawn(program, [
    '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', folder, '--daemonize', 'no',
  ], { stdio: 'ignore', cwd: folder });
  const forget = killOnExit(child);
  const url = `redis://127.0.0.1:${port}`;
  const stop = async () => {
    forget();
    await stopChild(child, 'SIGTERM');
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(child, async () => {
      const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined);
      try {
        await client.connect();
        return (await client.ping()) === 'PONG';
      } finally {
        client.disconnect();
      }
    }, 'redis-server');
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid: child.pid!, url, stop };
}
