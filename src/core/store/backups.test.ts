import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Backup } from '../../shared/contract/system';
import { backupFileName, createBackup, listBackups, newestGoodBackup, parseBackupFileName, pruneBackups } from './backups';

let dir: string;
let backupsDir: string;
let live: Database.Database;

/** The live store as the app opens it: WAL, synchronous=FULL. */
function openLive(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  return db;
}

function addNotes(db: Database.Database, count: number): void {
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) insert.run(`nota ${i}`);
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

/** An empty file with a backup's name: enough for listing and pruning, which do not open files. */
function placeBackupFile(at: string, reason: Backup['reason'] = 'auto'): string {
  fs.mkdirSync(backupsDir, { recursive: true });
  const name = backupFileName(new Date(at), reason);
  fs.writeFileSync(path.join(backupsDir, name), '');
  return name;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-backups-'));
  backupsDir = path.join(dir, 'backups');
  live = openLive(path.join(dir, 'minga.sqlite'));
});
afterEach(() => {
  live.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup file names', () => {
  it('carry the time and reason, and parse back', () => {
    const name = backupFileName(new Date('2026-11-27T18:30:00.123Z'), 'pre-restore');
    expect(name).toBe('minga-2026-11-27T18-30-00-123Z-pre-restore.sqlite');
    expect(Backup.shape.id.safeParse(name).success).toBe(true);
    expect(parseBackupFileName(name)).toEqual({ createdAt: '2026-11-27T18:30:00.123Z', reason: 'pre-restore' });
  });

  it('reject names that are not backups', () => {
    for (const name of ['minga.sqlite', 'minga-2026-11-27T18-30-00-123Z-weekly.sqlite', 'minga-2026-13-45T18-30-00-123Z-auto.sqlite', '../minga-2026-11-27T18-30-00-123Z-auto.sqlite']) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});

describe('createBackup', () => {
  it('copies the live database, including edits still in its WAL, into one verified file', async () => {
    addNotes(live, 25);
    expect(fs.statSync(path.join(dir, 'minga.sqlite-wal')).size).toBeGreaterThan(0);

    const backup = await createBackup(live, backupsDir, 'manual', new Date('2026-11-27T18:30:00.123Z'));

    expect(Backup.parse(backup)).toEqual({
      id: 'minga-2026-11-27T18-30-00-123Z-manual.sqlite',
      createdAt: '2026-11-27T18:30:00.123Z',
      reason: 'manual',
      bytes: fs.statSync(path.join(backupsDir, backup.id)).size,
    });
    // No temporary or side files: the backup is self-contained.
    expect(fs.readdirSync(backupsDir)).toEqual([backup.id]);
    const copy = new Database(path.join(backupsDir, backup.id), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(countNotes(path.join(backupsDir, backup.id))).toBe(25);
  });

  it('gives two backups taken in the same millisecond distinct names', async () => {
    const now = new Date('2026-11-27T18:30:00.999Z');
    const first = await createBackup(live, backupsDir, 'auto', now);
    const second = await createBackup(live, backupsDir, 'auto', now);
    expect(first.id).not.toBe(second.id);
    expect(second.createdAt).toBe('2026-11-27T18:30:01.000Z');
  });

  it('deletes a copy that fails its integrity check and rejects', async () => {
    addNotes(live, 3000);
    // Stands in for a copy that came out damaged: a real backup whose table pages are overwritten.
    const damaging = {
      backup: async (target: string) => {
        await live.backup(target);
        const fd = fs.openSync(target, 'r+');
        fs.writeSync(fd, randomBytes(8 * 4096), 0, 8 * 4096, 8 * 4096);
        fs.closeSync(fd);
      },
    } as unknown as Database.Database;
    await expect(createBackup(damaging, backupsDir, 'manual')).rejects.toThrow(/integrity check/);
    expect(fs.readdirSync(backupsDir)).toEqual([]);
  });

  it('deletes a copy that is not a database at all and rejects', async () => {
    const garbage = { backup: async (target: string) => fs.writeFileSync(target, randomBytes(8192)) } as unknown as Database.Database;
    await expect(createBackup(garbage, backupsDir, 'manual')).rejects.toThrow();
    expect(fs.readdirSync(backupsDir)).toEqual([]);
  });

  it('opens its copy with the native binding it is given', async () => {
    const missingBinding = path.join(dir, 'no-such-binding.node');
    await expect(createBackup(live, backupsDir, 'manual', new Date(), { nativeBinding: missingBinding })).rejects.toThrow(/no-such-binding/);
    expect(fs.readdirSync(backupsDir)).toEqual([]);
  });
});

describe('listBackups', () => {
  it('lists backups newest first and ignores every other file', () => {
    const older = placeBackupFile('2026-11-26T10:00:00.000Z', 'manual');
    const newer = placeBackupFile('2026-11-27T10:00:00.000Z');
    fs.writeFileSync(path.join(backupsDir, 'notas.txt'), 'hola');
    fs.writeFileSync(path.join(backupsDir, '.writing-1234.sqlite.tmp'), '');
    fs.writeFileSync(path.join(backupsDir, `${newer}-wal`), '');
    fs.mkdirSync(path.join(backupsDir, 'quarantine'));
    expect(listBackups(backupsDir).map((b) => [b.id, b.reason])).toEqual([[newer, 'auto'], [older, 'manual']]);
  });

  it('returns nothing when the folder does not exist yet', () => {
    expect(listBackups(path.join(dir, 'nowhere'))).toEqual([]);
  });
});

describe('pruneBackups', () => {
  it('removes what the retention plan drops, with its side files, and keeps the rest', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    const today = ['11:00', '10:00', '09:00', '08:00'].map((t) => placeBackupFile(`2026-11-27T${t}:00Z`));
    const lastMonth = placeBackupFile('2026-10-27T12:00:00Z', 'manual');
    fs.writeFileSync(path.join(backupsDir, `${today[3]}-wal`), '');

    expect(pruneBackups(backupsDir, now)).toEqual([today[3]]);
    expect(fs.readdirSync(backupsDir).sort()).toEqual([...today.slice(0, 3), lastMonth].sort());
  });
});

describe('newestGoodBackup', () => {
  it('skips damaged and empty backups and returns the newest one that passes the check', async () => {
    addNotes(live, 3);
    const good = await createBackup(live, backupsDir, 'auto', new Date('2026-11-27T10:00:00Z'));
    const damaged = placeBackupFile('2026-11-27T11:00:00Z');
    fs.writeFileSync(path.join(backupsDir, damaged), randomBytes(8192));
    placeBackupFile('2026-11-27T12:00:00Z'); // zero bytes, as a full disk can leave it
    expect(newestGoodBackup(backupsDir)?.id).toBe(good.id);
  });

  it('returns undefined when no backup is good', () => {
    placeBackupFile('2026-11-27T12:00:00Z');
    expect(newestGoodBackup(backupsDir)).toBeUndefined();
  });
});
