import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/domain/errors';
import { createBackup, listBackups, restoreBackupFile, type RestoreRequest } from './backups';

let dir: string;
let dbPath: string;
let backupsDir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-restore-'));
  dbPath = path.join(dir, 'minga.sqlite');
  backupsDir = path.join(dir, 'backups');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens the store as the app does (WAL, synchronous=FULL). */
function openLive(file = dbPath): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  return db;
}

function addNotes(db: Database.Database, count: number): void {
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) insert.run(`decisión ${i}`);
  })();
}

function countNotes(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A live database with `rows` notes, backed up, then closed as the caller must before restoring. */
async function storeWithBackup(rowsInBackup: number, rowsAfter: number) {
  const db = openLive();
  addNotes(db, rowsInBackup);
  const backup = await createBackup(db, backupsDir, 'manual', new Date('2026-11-27T10:00:00Z'));
  addNotes(db, rowsAfter);
  db.close();
  return backup;
}

function restore(backupId: string, now = '2026-11-27T11:00:00Z', request: Partial<RestoreRequest> = {}) {
  return restoreBackupFile({ dbPath, backupsDir, backupId, now: new Date(now), ...request });
}

function apiErrorOf(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the restore to be refused');
}

const sideFiles = () => ['-wal', '-shm', '-journal'].filter((suffix) => fs.existsSync(dbPath + suffix));

describe('restoreBackupFile', () => {
  it('restores a backup, and restoring the undo point brings the replaced state back', async () => {
    const backup = await storeWithBackup(10, 5);
    expect(countNotes(dbPath)).toBe(15);

    const first = restore(backup.id, '2026-11-27T11:00:00Z');
    expect(first.restored.id).toBe(backup.id);
    expect(countNotes(dbPath)).toBe(10);
    expect(first.undo).toMatchObject({ reason: 'pre-restore', createdAt: '2026-11-27T11:00:00.000Z' });
    expect(countNotes(path.join(backupsDir, first.undo!.id))).toBe(15);
    expect(sideFiles()).toEqual([]);

    const undone = restore(first.undo!.id, '2026-11-27T11:05:00Z');
    expect(countNotes(dbPath)).toBe(15);
    expect(countNotes(path.join(backupsDir, undone.undo!.id))).toBe(10);
    // The restored backups stay available: a restore copies, it never consumes a backup.
    expect(listBackups(backupsDir).map((b) => b.id)).toEqual([undone.undo!.id, first.undo!.id, backup.id]);

    // The restored file opens as a normal live store again.
    const reopened = openLive();
    addNotes(reopened, 1);
    reopened.close();
    expect(countNotes(dbPath)).toBe(16);
  });

  it('keeps edits that were still in the WAL (after a crash) in the undo point', async () => {
    const backup = await storeWithBackup(2, 0);
    // Copy the files of a database with un-checkpointed edits, as a crash would leave them.
    const running = openLive(path.join(dir, 'running.sqlite'));
    addNotes(running, 7);
    fs.copyFileSync(path.join(dir, 'running.sqlite'), dbPath);
    fs.copyFileSync(path.join(dir, 'running.sqlite-wal'), `${dbPath}-wal`);
    running.close();
    expect(fs.statSync(`${dbPath}-wal`).size).toBeGreaterThan(0);

    const { undo } = restore(backup.id);
    expect(countNotes(path.join(backupsDir, undo!.id))).toBe(7);
    expect(countNotes(dbPath)).toBe(2);
    expect(sideFiles()).toEqual([]);
  });

  it('moves a corrupt database with its side files into quarantine instead of deleting it', async () => {
    const backup = await storeWithBackup(4, 0);
    const damaged = randomBytes(16 * 1024);
    fs.writeFileSync(dbPath, damaged);
    fs.writeFileSync(`${dbPath}-wal`, 'wal bytes');

    const result = restore(backup.id, '2026-11-27T11:00:00.000Z');
    expect(result.undo).toBeNull();
    expect(result.quarantined).toBe(path.join(backupsDir, 'quarantine', '2026-11-27T11-00-00-000Z-minga.sqlite'));
    expect(fs.readFileSync(result.quarantined!).equals(damaged)).toBe(true);
    expect(fs.readFileSync(`${result.quarantined}-wal`, 'utf8')).toBe('wal bytes');
    expect(countNotes(dbPath)).toBe(4);
    expect(sideFiles()).toEqual([]);
  });

  it('restores when there is no current database, with nothing to undo', async () => {
    const backup = await storeWithBackup(3, 0);
    fs.rmSync(dbPath);
    expect(restore(backup.id)).toMatchObject({ undo: null, quarantined: null });
    expect(countNotes(dbPath)).toBe(3);
  });

  it('refuses ids that are not backups or point outside the backups folder', async () => {
    const backup = await storeWithBackup(1, 0);
    fs.copyFileSync(path.join(backupsDir, backup.id), path.join(dir, 'minga-2026-01-01T00-00-00-000Z-auto.sqlite'));
    for (const id of ['../minga-2026-01-01T00-00-00-000Z-auto.sqlite', 'minga.sqlite', `sub/${backup.id}`, '']) {
      expect(apiErrorOf(() => restore(id)).code).toBe('invalid_input');
    }
    expect(apiErrorOf(() => restore('minga-2026-01-01T00-00-00-000Z-auto.sqlite')).code).toBe('not_found');
    expect(countNotes(dbPath)).toBe(1);
  });

  it('refuses a damaged backup and leaves the current database as it was', async () => {
    const backup = await storeWithBackup(2, 3);
    fs.writeFileSync(path.join(backupsDir, backup.id), randomBytes(8192));
    const before = fs.readFileSync(dbPath);

    expect(apiErrorOf(() => restore(backup.id)).code).toBe('store_corrupt');
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['backups', 'minga.sqlite']);
  });

  it('refuses while another connection still holds the database, touching nothing', async () => {
    const backup = await storeWithBackup(2, 3);
    const holder = new Database(dbPath);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec("INSERT INTO notes (text) VALUES ('abierta')"); // takes and keeps the exclusive lock
    try {
      expect(apiErrorOf(() => restore(backup.id)).code).toBe('store_locked');
      expect(fs.readdirSync(dir).filter((name) => name.includes('restoring'))).toEqual([]);
      expect(listBackups(backupsDir).map((b) => b.reason)).toEqual(['manual']);
    } finally {
      holder.close();
    }
    expect(countNotes(dbPath)).toBe(6);
  });
});
