import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, BackupScheduler, listBackups, type Backup, type BackupSchedulerOptions } from './backups';

const minute = 60_000;
let dir: string;
let backupsDir: string;
let live: Database.Database;
let clock: Date;
let schedulers: BackupScheduler[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-scheduler-'));
  backupsDir = path.join(dir, 'backups');
  live = new Database(path.join(dir, 'minga.sqlite'));
  live.pragma('journal_mode = WAL');
  live.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  clock = new Date('2026-11-27T14:00:00Z');
  schedulers = [];
});
afterEach(async () => {
  for (const scheduler of schedulers) await scheduler.stop();
  live.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function scheduler(options: Partial<BackupSchedulerOptions> = {}): BackupScheduler {
  const created = new BackupScheduler({ getDb: () => live, backupsDir, now: () => clock, ...options });
  schedulers.push(created);
  return created;
}

function advance(ms: number): void {
  clock = new Date(clock.getTime() + ms);
}

describe('BackupScheduler.tick', () => {
  it('does nothing while nothing has changed', async () => {
    const s = scheduler();
    advance(60 * minute);
    expect(await s.tick()).toBeNull();
    expect(listBackups(backupsDir)).toEqual([]);
  });

  it('backs up a change at once when there is no backup, then waits for the interval', async () => {
    const taken: Backup[] = [];
    const s = scheduler({ onBackup: (backup) => taken.push(backup) });
    s.markChanged();
    const first = await s.tick();
    expect(first).toMatchObject({ reason: 'auto', createdAt: '2026-11-27T14:00:00.000Z' });
    expect(taken).toEqual([first]);
    expect(s.lastBackupAt).toEqual(clock);

    s.markChanged();
    advance(14 * minute);
    expect(await s.tick()).toBeNull();
    advance(1 * minute);
    expect(await s.tick()).toMatchObject({ createdAt: '2026-11-27T14:15:00.000Z' });

    // The change was backed up: nothing more is due, however long it waits.
    advance(120 * minute);
    expect(await s.tick()).toBeNull();
    expect(listBackups(backupsDir)).toHaveLength(2);
  });

  it('counts the interval from the newest backup already in the folder after a restart', async () => {
    fs.mkdirSync(backupsDir);
    fs.writeFileSync(path.join(backupsDir, backupFileName(new Date('2026-11-27T13:55:00Z'), 'manual')), '');
    const s = scheduler();
    s.markChanged();
    expect(await s.tick()).toBeNull();
    advance(10 * minute);
    expect(await s.tick()).not.toBeNull();
  });

  it('prunes after each backup, keeping three automatic backups of today', async () => {
    const s = scheduler({ intervalMs: minute });
    for (let i = 0; i < 5; i += 1) {
      s.markChanged();
      expect(await s.tick()).not.toBeNull();
      advance(minute);
    }
    expect(listBackups(backupsDir).map((b) => b.createdAt)).toEqual([
      '2026-11-27T14:04:00.000Z',
      '2026-11-27T14:03:00.000Z',
      '2026-11-27T14:02:00.000Z',
    ]);
  });

  it('runs one backup at a time, automatic and manual alike', async () => {
    let running = 0;
    let mostAtOnce = 0;
    const watched = {
      backup: async (target: string) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await live.backup(target);
        running -= 1;
      },
    } as unknown as Database.Database;
    const s = scheduler({ getDb: () => watched });
    s.markChanged();
    const [auto, again, manual] = await Promise.all([s.tick(), s.tick(), s.backUpNow()]);
    expect(auto?.reason).toBe('auto');
    expect(again).toBeNull(); // a tick while one is pending is skipped, not queued
    expect(manual.reason).toBe('manual');
    expect(mostAtOnce).toBe(1);
  });

  it('reports a failed backup and tries again on the next tick', async () => {
    const errors: unknown[] = [];
    let broken = true;
    const s = scheduler({
      getDb: () => {
        if (broken) throw new Error('disk full');
        return live;
      },
      onError: (error) => errors.push(error),
    });
    s.markChanged();
    expect(await s.tick()).toBeNull();
    expect(errors).toEqual([new Error('disk full')]);
    expect(s.lastBackupAt).toBeNull();

    broken = false;
    expect(await s.tick()).not.toBeNull();
  });
});

describe('BackupScheduler timer', () => {
  it('ticks on its own once started, and stop waits for the backup in progress', async () => {
    let resolveTaken: (backup: Backup) => void = () => {};
    const taken = new Promise<Backup>((resolve) => (resolveTaken = resolve));
    const s = scheduler({ intervalMs: 20, now: () => new Date(), onBackup: (backup) => resolveTaken(backup) });
    s.markChanged();
    s.start();
    const backup = await taken;
    await s.stop();
    expect(listBackups(backupsDir).map((b) => b.id)).toEqual([backup.id]);
  });
});
