import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acquireDataLock, DataFolderLockedError, lockFileName, readDataLock, type DataLock, type DataLockHolder } from './lock';

let dataDir: string;
const locks: DataLock[] = [];
const children: ChildProcess[] = [];

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-lock-'));
});
afterEach(() => {
  for (const lock of locks.splice(0)) lock.release();
  for (const child of children.splice(0)) child.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function acquire(owner = 'test'): DataLock {
  const lock = acquireDataLock(dataDir, owner);
  locks.push(lock);
  return lock;
}

function writeLockFile(holder: Partial<DataLockHolder> | string): void {
  const text = typeof holder === 'string' ? holder : JSON.stringify({ owner: 'desktop', startedAt: '2026-11-27T08:00:00.000Z', hostname: os.hostname(), ...holder });
  fs.writeFileSync(path.join(dataDir, lockFileName), text);
}

function lockedError(run: () => unknown): DataFolderLockedError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataFolderLockedError);
    return error as DataFolderLockedError;
  }
  throw new Error('expected the data folder to be refused');
}

/** A real process that stays alive, standing in for another Minga. */
function spawnSleeper(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)'], { stdio: 'ignore' });
  children.push(child);
  return child;
}

describe('acquireDataLock', () => {
  it('creates the lock file naming this process, and release removes it', () => {
    const lock = acquire('serve');
    expect(readDataLock(dataDir)).toEqual({ pid: process.pid, owner: 'serve', startedAt: lock.holder.startedAt, hostname: os.hostname() });
    lock.release();
    expect(fs.existsSync(path.join(dataDir, lockFileName))).toBe(false);
    lock.release(); // a second release is harmless
  });

  it('refuses a second lock on the same folder in the same process, with a clear message', () => {
    acquire('desktop');
    const error = lockedError(() => acquireDataLock(dataDir, 'cli'));
    expect(error.code).toBe('store_locked');
    expect(error.holder).toMatchObject({ pid: process.pid, owner: 'desktop' });
    expect(error.message).toContain(path.resolve(dataDir));
    expect(error.message).toContain(String(process.pid));
    expect(error.message).toContain('desktop');
  });

  it('locks different folders independently', () => {
    acquire();
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-lock-other-'));
    try {
      const lock = acquireDataLock(other, 'cli');
      lock.release();
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('refuses while another live process holds the folder, and takes over once it has died', async () => {
    const other = spawnSleeper();
    writeLockFile({ pid: other.pid!, owner: 'desktop' });
    const error = lockedError(() => acquireDataLock(dataDir, 'cli'));
    expect(error.holder.pid).toBe(other.pid);
    expect(error.message).toContain(`process ${other.pid}`);
    expect(readDataLock(dataDir)?.pid).toBe(other.pid); // the refusal left the holder's file alone

    other.kill();
    await once(other, 'exit');
    const lock = acquire('cli');
    expect(readDataLock(dataDir)).toMatchObject({ pid: process.pid, owner: 'cli', startedAt: lock.holder.startedAt });
  });

  it('counts a process it may not signal (EPERM) as alive', () => {
    writeLockFile({ pid: 4242 });
    // Another user's process: the kernel refuses the probe, which still proves the pid exists.
    const probe = vi.spyOn(process, 'kill').mockImplementation(() => {
      throw Object.assign(new Error('kill EPERM'), { code: 'EPERM' });
    });
    try {
      expect(lockedError(() => acquireDataLock(dataDir, 'cli')).holder.pid).toBe(4242);
      expect(probe).toHaveBeenCalledWith(4242, 0);
    } finally {
      probe.mockRestore();
    }
  });

  it('takes over a lock whose process is gone (ESRCH)', () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    writeLockFile({ pid: gone });
    acquire();
    expect(readDataLock(dataDir)?.pid).toBe(process.pid);
  });

  it('takes over a lock file that cannot be parsed', () => {
    writeLockFile('{"pid": ');
    acquire();
    expect(readDataLock(dataDir)?.pid).toBe(process.pid);
  });

  it('takes over a lock with this pid that this process does not hold (left by an earlier process)', () => {
    writeLockFile({ pid: process.pid, startedAt: '2020-01-01T00:00:00.000Z' });
    const lock = acquire();
    expect(readDataLock(dataDir)?.startedAt).toBe(lock.holder.startedAt);
  });

  it('refuses a lock from another computer, since its process cannot be checked', () => {
    writeLockFile({ pid: 4242, hostname: 'otra-maquina' });
    const error = lockedError(() => acquireDataLock(dataDir, 'cli'));
    expect(error.message).toContain('otra-maquina');
    expect(error.message).toContain(path.join(path.resolve(dataDir), lockFileName));
  });

  it('release leaves alone a lock file that is no longer its own', () => {
    const lock = acquire();
    writeLockFile({ pid: 4242, owner: 'serve' });
    lock.release();
    expect(readDataLock(dataDir)).toMatchObject({ pid: 4242, owner: 'serve' });
  });

  it('is released when the holding process exits', () => {
    const lockModule = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lock.ts');
    const script = `import(${JSON.stringify(lockModule)}).then((m) => { m.acquireDataLock(${JSON.stringify(dataDir)}, 'cli'); console.log('locked'); });`;
    const result = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('locked');
    expect(fs.existsSync(path.join(dataDir, lockFileName))).toBe(false);
  });
});
