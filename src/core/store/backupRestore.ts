import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Backup } from '../../shared/contract/system';
import { ApiError } from '../../shared/domain/errors';
import {
  describeBackup, freeBackupPath, isGoodBackupFile, moveFile, parseBackupFileName, settleIntoSingleFile,
  sideFileSuffixes, syncDirectory, syncFile,
} from './backupFiles';
import { inspectDatabaseFile, type NativeBindingOption } from './recovery';

/**
 * Replaces the database file with a backup. Nothing the user had is ever deleted: a readable
 * current database becomes a 'pre-restore' backup (restoring it undoes the restore), an
 * unreadable one is moved to backups/quarantine/ with its side files.
 */

export interface RestoreRequest extends NativeBindingOption {
  dbPath: string;
  backupsDir: string;
  backupId: string;
  now?: Date;
}

export interface RestoreResult {
  restored: Backup;
  /** The replaced database as a backup; null when there was none or it was unreadable. */
  undo: Backup | null;
  /** Where an unreadable database was moved to, if it was. */
  quarantined: string | null;
}

export const quarantineFolderName = 'quarantine';

/** Finds the backup by id without letting the id name anything outside the backups folder. */
function resolveBackup(backupsDir: string, backupId: string): { backup: Backup; file: string } {
  const valid = Backup.shape.id.safeParse(backupId).success && path.basename(backupId) === backupId && parseBackupFileName(backupId);
  if (!valid) throw new ApiError('invalid_input', `Not a backup id: ${JSON.stringify(backupId)}`);
  const file = path.join(backupsDir, backupId);
  const backup = fs.existsSync(file) && fs.statSync(file).isFile() ? describeBackup(file) : null;
  if (!backup) throw new ApiError('not_found', `No backup ${backupId} in ${backupsDir}`);
  return { backup, file };
}

/** Copies the backup next to the live file (same volume, so the final rename is atomic). */
function stageCopy(backupFile: string, dbPath: string, binding: NativeBindingOption): string {
  const staged = `${dbPath}.restoring-${randomUUID()}`;
  fs.copyFileSync(backupFile, staged);
  syncFile(staged);
  if (!isGoodBackupFile(staged, binding)) {
    fs.rmSync(staged, { force: true });
    throw new ApiError('store_corrupt', `The copy of ${path.basename(backupFile)} failed its integrity check`);
  }
  return staged;
}

/**
 * Keeps a readable database as a pre-restore backup. Folding the WAL into the file first
 * makes it one self-contained file, so moving that single file moves all of its data.
 */
function keepAsUndo(dbPath: string, backupsDir: string, now: Date, binding: NativeBindingOption): Backup {
  settleIntoSingleFile(dbPath, binding);
  const target = freeBackupPath(backupsDir, now, 'pre-restore');
  moveFile(dbPath, target.file);
  syncDirectory(backupsDir);
  return describeBackup(target.file) as Backup;
}

/** Moves a database that cannot be read, with its side files, out of the way. */
function quarantine(dbPath: string, backupsDir: string, now: Date): string {
  const folder = path.join(backupsDir, quarantineFolderName);
  fs.mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = path.join(folder, `${stamp}-${path.basename(dbPath)}`);
  for (let n = 2; fs.existsSync(target); n += 1) target = path.join(folder, `${stamp}-${n}-${path.basename(dbPath)}`);
  // Side files keep their suffix, so the set can still be opened together for a rescue.
  for (const suffix of ['', ...sideFileSuffixes]) {
    if (fs.existsSync(dbPath + suffix)) moveFile(dbPath + suffix, target + suffix);
  }
  syncDirectory(folder);
  return target;
}

/**
 * Restores a backup over the database at dbPath. Precondition: the caller has closed the live
 * database. Order matters: the replacement is copied and checked before anything is touched,
 * and the current database is put aside before the replacement is renamed into place.
 */
export function restoreBackupFile(request: RestoreRequest): RestoreResult {
  const { dbPath, backupsDir, backupId, now = new Date() } = request;
  const binding: NativeBindingOption = request.nativeBinding ? { nativeBinding: request.nativeBinding } : {};
  const { backup: restored, file } = resolveBackup(backupsDir, backupId);
  if (!isGoodBackupFile(file, binding)) {
    throw new ApiError('store_corrupt', `Backup ${backupId} failed its integrity check; the database was left as it was`);
  }

  const staged = stageCopy(file, dbPath, binding);
  let undo: Backup | null = null;
  let quarantined: string | null = null;
  try {
    const current = inspectDatabaseFile(dbPath, binding);
    if (current.state === 'locked') {
      throw new ApiError('store_locked', `The database ${dbPath} is still in use (${current.detail}); close it before restoring`);
    }
    if (current.state === 'ok') {
      try {
        undo = keepAsUndo(dbPath, backupsDir, now, binding);
      } catch (error) {
        // Someone opened it since the check: never pull a database from under a writer.
        if (String((error as { code?: unknown } | null)?.code).startsWith('SQLITE_BUSY')) {
          throw new ApiError('store_locked', `The database ${dbPath} is still in use; close it before restoring`);
        }
        // Readable but not convertible (e.g. read-only file): it is quarantined below instead.
      }
    }
    // Whatever is still at dbPath (corrupt, unreadable, or orphaned side files) is kept aside.
    const leftovers = ['', ...sideFileSuffixes].filter((suffix) => fs.existsSync(dbPath + suffix));
    const onlyDerived = leftovers.every((suffix) => suffix === '-shm');
    if (leftovers.length > 0 && !onlyDerived) quarantined = quarantine(dbPath, backupsDir, now);
    // A -shm only indexes a WAL that is gone; left beside the new file it would be stale.
    fs.rmSync(`${dbPath}-shm`, { force: true });

    fs.renameSync(staged, dbPath);
    syncDirectory(path.dirname(dbPath));
  } finally {
    fs.rmSync(staged, { force: true });
  }
  return { restored, undo, quarantined };
}
