import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Backup } from '../../shared/contract/system';
import { planRetention, type BackupReason } from './backupPolicy';
import { inspectDatabaseFile, openExistingDatabase, type NativeBindingOption } from './recovery';

/**
 * Backup files in the backups folder. A backup is a self-contained SQLite file whose name
 * carries its time and reason, so listing needs no index that could drift from the files:
 *   minga-2026-11-27T18-30-00-123Z-auto.sqlite
 */

const backupNamePattern =
  /^minga-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(auto|manual|pre-restore)\.sqlite$/;

/** SQLite side files that belong to a database file of the same name. */
export const sideFileSuffixes = ['-wal', '-shm', '-journal'] as const;

export function backupFileName(createdAt: Date, reason: BackupReason): string {
  return `minga-${createdAt.toISOString().replace(/[:.]/g, '-')}-${reason}.sqlite`;
}

export function parseBackupFileName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = backupNamePattern.exec(name);
  if (!match) return null;
  const [, date, hours, minutes, seconds, millis, reason] = match;
  const createdAt = `${date}T${hours}:${minutes}:${seconds}.${millis}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason: reason as BackupReason };
}

/**
 * A free backup path for this time and reason. Two backups in the same millisecond would
 * share a name, so the later one moves on by a millisecond: names stay unique and parseable.
 */
export function freeBackupPath(backupsDir: string, createdAt: Date, reason: BackupReason): { file: string; createdAt: Date } {
  let at = createdAt;
  while (fs.existsSync(path.join(backupsDir, backupFileName(at, reason)))) at = new Date(at.getTime() + 1);
  return { file: path.join(backupsDir, backupFileName(at, reason)), createdAt: at };
}

export function describeBackup(file: string): Backup | null {
  const parsed = parseBackupFileName(path.basename(file));
  if (!parsed) return null;
  return { id: path.basename(file), createdAt: parsed.createdAt, bytes: fs.statSync(file).size, reason: parsed.reason };
}

/** Flushes a file's bytes to disk, so a power cut after this cannot leave it half written. */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable. Directories cannot be opened for syncing on Windows; skip there. */
export function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort: not supported on every platform and file system.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Renames, or copies and deletes when the target is on another volume. */
export function moveFile(from: string, to: string): void {
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
    syncFile(to);
    fs.rmSync(from);
  }
}

export function removeWithSideFiles(file: string): void {
  for (const suffix of ['', ...sideFileSuffixes]) fs.rmSync(file + suffix, { force: true });
}

/** A backup is good when it is a non-empty database that passes `PRAGMA quick_check`. */
export function isGoodBackupFile(file: string, options: NativeBindingOption = {}): boolean {
  return fs.existsSync(file) && fs.statSync(file).size > 0 && inspectDatabaseFile(file, options).state === 'ok';
}

/**
 * Copies the live database with SQLite's online backup API (a plain file copy of a database
 * in use can capture a torn state). The copy is written under a temporary name, turned into a
 * single self-contained file (rollback journal instead of WAL), checked, flushed and only then
 * renamed to its final name, so a listed backup is always a complete one.
 */
export async function createBackup(
  db: Database.Database,
  backupsDir: string,
  reason: BackupReason,
  now: Date = new Date(),
  options: NativeBindingOption = {},
): Promise<Backup> {
  fs.mkdirSync(backupsDir, { recursive: true });
  // The temporary name does not match the backup pattern, so a crash leaves nothing listable.
  const temp = path.join(backupsDir, `.writing-${randomUUID()}.sqlite.tmp`);
  try {
    await db.backup(temp);
    settleIntoSingleFile(temp, options);
    if (!isGoodBackupFile(temp, options)) {
      throw new Error(`The new backup failed its integrity check (${inspectDatabaseFile(temp, options).detail})`);
    }
    syncFile(temp);
    const target = freeBackupPath(backupsDir, now, reason);
    fs.renameSync(temp, target.file);
    syncDirectory(backupsDir);
    return describeBackup(target.file) as Backup;
  } finally {
    removeWithSideFiles(temp);
  }
}

/**
 * The backup API keeps the source's WAL mode in the copy; switching it to a rollback journal
 * folds any WAL content in and means opening the backup later needs no side files.
 */
export function settleIntoSingleFile(file: string, options: NativeBindingOption = {}): void {
  const db = openExistingDatabase(file, options);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new Error(`Could not leave WAL mode for ${file} (journal_mode is ${String(mode)})`);
  } finally {
    db.close();
  }
}

/** Backups in the folder, newest first. Files that are not backups are ignored. */
export function listBackups(backupsDir: string): Backup[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const backups: Backup[] = [];
  for (const name of names) {
    if (!parseBackupFileName(name)) continue;
    const file = path.join(backupsDir, name);
    if (!fs.statSync(file).isFile()) continue;
    const backup = describeBackup(file);
    if (backup) backups.push(backup);
  }
  return backups.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : -1));
}

/** Deletes the backups the retention rules no longer keep; returns the removed ids. */
export function pruneBackups(backupsDir: string, now: Date = new Date()): string[] {
  const { remove } = planRetention(listBackups(backupsDir), now);
  for (const id of remove) removeWithSideFiles(path.join(backupsDir, id));
  return remove;
}

/** The newest backup that passes the integrity check, for recovering from a damaged database. */
export function newestGoodBackup(backupsDir: string, options: NativeBindingOption = {}): Backup | undefined {
  return listBackups(backupsDir).find((backup) => isGoodBackupFile(path.join(backupsDir, backup.id), options));
}
