import { execFile } from 'node:child_process';
import { chownSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { debianPostgresDirs, findProgram, freePort, killOnExit, spawn, stopChild, waitUntilReady } from './processes';

const run = promisify(execFile);
const install = 'These tests need PostgreSQL\'s server programs (initdb, postgres): `.ci/run` installs Debian\'s postgresql package; or run `apt-get install postgresql`.';

export interface TestPostgres {
  pid: number;
  port: number;
  /** A new empty database on this server; returns its URL. */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** The uid and gid of the `postgres` account, which Debian's postgresql package creates. */
function postgresAccount(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error(`PostgreSQL refuses to run as root, and there is no postgres account to run it as. ${install}`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * A throwaway PostgreSQL server: `initdb` into a temporary folder, then `postgres` listening on
 * 127.0.0.1 on a free port, its unix socket in the same folder. Run as the `postgres` account
 * when the tests run as root (initdb refuses root). `stop` shuts it down by its pid and removes
 * the folder.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const dirs = debianPostgresDirs();
  const initdb = findProgram('initdb', dirs, install);
  const postgres = findProgram('postgres', dirs, install);
  const folder = mkdtempSync(join(tmpdir(), 'minga-pg-'));
  const account = process.getuid?.() === 0 ? postgresAccount() : undefined;
  if (account) chownSync(folder, account.uid, account.gid);
  const dataDir = join(folder, 'data');
  const asAccount = { ...(account ?? {}), cwd: folder, env: { ...process.env, LC_ALL: 'C' } };
  try {
    await run(initdb, ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], asAccount);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`initdb failed: ${(error as { stderr?: string }).stderr ?? String(error)}`);
  }

  const port = await freePort();
  const logFd = openSync(join(folder, 'postgres.log'), 'a');
  const child = spawn(postgres, ['-D', dataDir, '-p', String(port), '-k', folder, '-c', 'listen_addresses=127.0.0.1'], {
    ...asAccount, stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  const forget = killOnExit(child);
  const admin = () => new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  const stop = async () => {
    forget();
    await stopChild(child, 'SIGINT');
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(child, async () => {
      const client = admin();
      try {
        await client.connect();
        return true;
      } finally {
        await client.end().catch(() => undefined);
      }
    }, 'PostgreSQL');
  } catch (error) {
    const log = readFileSync(join(folder, 'postgres.log'), 'utf8').slice(-2_000);
    await stop();
    throw new Error(`${(error as Error).message}\n${log}`);
  }

  let databases = 0;
  return {
    pid: child.pid!,
    port,
    async newDatabase() {
      databases += 1;
      const name = `hub_${databases}`;
      const client = admin();
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop,
  };
}
