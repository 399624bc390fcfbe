import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../shared/domain/errors';

/**
 * One Minga per data folder. SQLite would let two processes share the database, but the
 * documents, projections and backups assume a single writer; the desktop app, `minga serve`
 * and the command line take this lock before opening anything in the folder.
 *
 * The lock is a file created exclusively ('wx'), holding who owns it. A lock left behind by a
 * crash (its process is gone, or the file is unreadable) is taken over.
 */

export const lockFileName = 'minga.lock';

export interface DataLockHolder {
  pid: number;
  /** Which program holds the folder: 'desktop', 'serve', 'cli', ... */
  owner: string;
  startedAt: string;
  hostname: string;
}

export interface DataLock {
  readonly dataDir: string;
  readonly path: string;
  readonly holder: DataLockHolder;
  /** Removes the lock file if it is still ours. Safe to call more than once. */
  release(): void;
}

export class DataFolderLockedError extends ApiError {
  readonly dataDir: string;
  readonly holder: DataLockHolder;

  constructor(dataDir: string, holder: DataLockHolder) {
    const elsewhere = holder.hostname !== os.hostname();
    super(
      'store_locked',
      `The data folder ${dataDir} is already in use by another Minga (${holder.owner}, process ${holder.pid}` +
        ` on ${holder.hostname}, since ${holder.startedAt}). Close that Minga first or choose another data folder.` +
        (elsewhere
          ? ` It runs on another computer, so it cannot be checked from here; if it is no longer running,` +
            ` delete ${path.join(dataDir, lockFileName)}.`
          : ''),
    );
    this.name = 'DataFolderLockedError';
    this.dataDir = dataDir;
    this.holder = holder;
  }
}

/**
 * Locks held by this process, keyed by lock path. Kept on globalThis so that two bundled
 * copies of this module in one process still see each other's locks.
 */
const heldHere: Map<string, DataLockHolder> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('minga.dataLocks')
] ??= new Map<string, DataLockHolder>()) as Map<string, DataLockHolder>;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function readLockText(lockPath: string): string | null {
  try {
    return fs.readFileSync(lockPath, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

function parseHolder(text: string | null): DataLockHolder | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<DataLockHolder>;
    const valid =
      Number.isInteger(value.pid) && (value.pid as number) > 0 &&
      typeof value.owner === 'string' && typeof value.startedAt === 'string' && typeof value.hostname === 'string';
    return valid ? (value as DataLockHolder) : null;
  } catch {
    return null;
  }
}

function sameHolder(a: DataLockHolder, b: DataLockHolder): boolean {
  return a.pid === b.pid && a.startedAt === b.startedAt && a.hostname === b.hostname && a.owner === b.owner;
}

/**
 * Whether the holder may still be running. Processes on another computer cannot be probed,
 * so they count as alive. A file with our own pid that this process does not hold was left by
 * an earlier process that had the same pid (common in containers), so it is stale.
 */
function isHolderAlive(holder: DataLockHolder): boolean {
  if (holder.hostname !== os.hostname()) return true;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else. Only ESRCH proves it is gone.
    return errorCode(error) !== 'ESRCH';
  }
}

/** Creates the lock file only if none exists; false when one does. */
function tryCreate(lockPath: string, holder: DataLockHolder): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, JSON.stringify(holder));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock, but only the one we judged stale: it is first renamed to a private
 * name, and if what we moved is no longer what we read (another Minga took the folder over in
 * between), it is put back.
 */
function removeStaleLock(lockPath: string, staleText: string): void {
  const aside = `${lockPath}.${process.pid}.${randomUUID()}.stale`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  if (readLockText(aside) === staleText) fs.rmSync(aside, { force: true });
  else fs.renameSync(aside, lockPath);
}

function holdLock(dataDir: string, lockPath: string, holder: DataLockHolder): DataLock {
  heldHere.set(lockPath, holder);
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    heldHere.delete(lockPath);
    process.off('exit', release);
    const current = parseHolder(readLockText(lockPath));
    if (current && sameHolder(current, holder)) fs.rmSync(lockPath, { force: true });
  };
  // 'exit' covers normal ends and uncaught errors; after a kill the pid check makes it stale.
  process.on('exit', release);
  return { dataDir, path: lockPath, holder, release };
}

/** Takes the data folder for this process, or throws DataFolderLockedError naming the holder. */
export function acquireDataLock(dataDir: string, owner: string): DataLock {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, lockFileName);

  const heldByUs = heldHere.get(lockPath);
  if (heldByUs) throw new DataFolderLockedError(dir, heldByUs);

  const holder: DataLockHolder = { pid: process.pid, owner, startedAt: new Date().toISOString(), hostname: os.hostname() };
  // A few rounds are enough: each one either creates the lock, refuses, or clears a stale lock.
  for (let round = 0; round < 5; round += 1) {
    if (tryCreate(lockPath, holder)) return holdLock(dir, lockPath, holder);
    const text = readLockText(lockPath);
    if (text === null) continue;
    const existing = parseHolder(text);
    if (existing && isHolderAlive(existing)) throw new DataFolderLockedError(dir, existing);
    removeStaleLock(lockPath, text);
  }
  throw new Error(`Could not take ${lockPath}: it kept changing while Minga tried to lock the data folder.`);
}

/** Who holds the data folder, if anyone (for status screens and `minga doctor`). */
export function readDataLock(dataDir: string): DataLockHolder | null {
  return parseHolder(readLockText(path.join(path.resolve(dataDir), lockFileName)));
}
