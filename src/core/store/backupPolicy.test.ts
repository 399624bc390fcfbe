import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { planRetention, shouldBackUp, type BackupReason, type RetentionCandidate } from './backupPolicy';

// Day boundaries are local: the facilitators' laptops run on Colombian time (UTC-5, no DST).
const originalTimeZone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'America/Bogota';
});
afterAll(() => {
  process.env.TZ = originalTimeZone;
});

/** A backup taken at a local time written with its offset, e.g. '2026-11-27T18:30-05:00'. */
function backup(at: string, reason: BackupReason = 'auto'): RetentionCandidate {
  const createdAt = new Date(at).toISOString();
  return { id: `${reason}@${at}`, createdAt, reason };
}

function removedIds(backups: RetentionCandidate[], now: string): string[] {
  const plan = planRetention(backups, new Date(now));
  expect([...plan.keep, ...plan.remove].sort()).toEqual(backups.map((b) => b.id).sort());
  return plan.remove;
}

describe('planRetention: automatic backups', () => {
  it('keeps the three newest of today and drops the other ones of today', () => {
    const today = ['08:00', '09:00', '10:00', '11:00', '12:00'].map((t) => backup(`2026-11-27T${t}-05:00`));
    const plan = planRetention(today, new Date('2026-11-27T12:05-05:00'));
    expect(plan.keep).toEqual(['12:00', '11:00', '10:00'].map((t) => `auto@2026-11-27T${t}-05:00`));
    expect(plan.remove).toEqual(['09:00', '08:00'].map((t) => `auto@2026-11-27T${t}-05:00`));
  });

  it('keeps the newest backup of each of the previous seven days and nothing older', () => {
    const backups = [
      backup('2026-11-26T18:00-05:00'),
      backup('2026-11-26T09:00-05:00'), // an extra one of yesterday
      backup('2026-11-22T12:00-05:00'),
      backup('2026-11-20T23:59-05:00'), // seven days ago: the oldest day kept
      backup('2026-11-19T23:59-05:00'), // eight days ago
      backup('2026-11-27T07:00-05:00'),
    ];
    expect(removedIds(backups, '2026-11-27T08:00-05:00')).toEqual([
      'auto@2026-11-26T09:00-05:00',
      'auto@2026-11-19T23:59-05:00',
    ]);
  });

  it('decides the day by local time, not by UTC date', () => {
    // 23:50 in Bogotá on the 26th is already the 27th in UTC; it must count as yesterday's.
    const backups = [
      backup('2026-11-27T00:01-05:00'),
      backup('2026-11-27T00:05-05:00'),
      backup('2026-11-27T00:08-05:00'),
      backup('2026-11-26T23:50-05:00'),
      backup('2026-11-26T23:40-05:00'),
    ];
    expect(removedIds(backups, '2026-11-27T00:10-05:00')).toEqual(['auto@2026-11-26T23:40-05:00']);
  });

  it('counts calendar days across a daylight-saving change', () => {
    process.env.TZ = 'America/New_York'; // 2026-03-08 has 23 hours
    const backups = [
      backup('2026-03-09T00:10-04:00'),
      backup('2026-03-09T00:20-04:00'),
      backup('2026-03-09T00:25-04:00'),
      // Less than 24 hours before `now`, yet on the previous calendar day.
      backup('2026-03-08T00:40-05:00'),
    ];
    expect(removedIds(backups, '2026-03-09T00:30-04:00')).toEqual([]);
  });

  it('keeps the newest automatic backup even when it is older than a week', () => {
    const backups = [backup('2026-10-01T10:00-05:00'), backup('2026-09-30T10:00-05:00'), backup('2026-09-29T10:00-05:00')];
    expect(removedIds(backups, '2026-11-27T10:00-05:00')).toEqual([
      'auto@2026-09-30T10:00-05:00',
      'auto@2026-09-29T10:00-05:00',
    ]);
  });

  it('treats a backup dated after now (clock set back) as one of today', () => {
    const backups = [backup('2026-11-28T10:00-05:00'), backup('2026-11-27T09:00-05:00'), backup('2026-11-27T08:00-05:00'), backup('2026-11-27T07:00-05:00')];
    expect(removedIds(backups, '2026-11-27T10:00-05:00')).toEqual(['auto@2026-11-27T07:00-05:00']);
  });
});

describe('planRetention: manual and pre-restore backups', () => {
  it('keeps the ten newest manual backups, whatever their age', () => {
    const manual = Array.from({ length: 12 }, (_, i) => backup(`2026-${String(i + 1).padStart(2, '0')}-15T10:00-05:00`, 'manual'));
    expect(removedIds(manual, '2026-12-20T10:00-05:00')).toEqual(['manual@2026-02-15T10:00-05:00', 'manual@2026-01-15T10:00-05:00']);
  });

  it('keeps the five newest pre-restore backups (the undo points)', () => {
    const undo = Array.from({ length: 7 }, (_, i) => backup(`2026-11-27T1${i}:00-05:00`, 'pre-restore'));
    expect(removedIds(undo, '2026-11-27T18:00-05:00')).toEqual(['pre-restore@2026-11-27T11:00-05:00', 'pre-restore@2026-11-27T10:00-05:00']);
  });

  it('applies each rule to its own reason only', () => {
    const backups = [
      ...Array.from({ length: 4 }, (_, i) => backup(`2026-11-27T0${i}:30-05:00`)),
      backup('2026-11-27T05:00-05:00', 'manual'),
      backup('2026-11-27T06:00-05:00', 'pre-restore'),
    ];
    expect(removedIds(backups, '2026-11-27T07:00-05:00')).toEqual(['auto@2026-11-27T00:30-05:00']);
  });

  it('never removes a backup whose date cannot be read', () => {
    const odd: RetentionCandidate = { id: 'odd.sqlite', createdAt: 'not a date', reason: 'auto' };
    const plan = planRetention([odd], new Date('2026-11-27T07:00-05:00'));
    expect(plan).toEqual({ keep: ['odd.sqlite'], remove: [] });
  });
});

describe('shouldBackUp', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

  it('never backs up when nothing changed', () => {
    expect(shouldBackUp(null, false, now)).toBe(false);
    expect(shouldBackUp(minutesAgo(600), false, now)).toBe(false);
  });

  it('backs up changes when there is no backup yet', () => {
    expect(shouldBackUp(null, true, now)).toBe(true);
  });

  it('waits for the interval (15 minutes by default) after the last backup', () => {
    expect(shouldBackUp(minutesAgo(14), true, now)).toBe(false);
    expect(shouldBackUp(minutesAgo(15), true, now)).toBe(true);
    expect(shouldBackUp(minutesAgo(4), true, now, 5 * 60_000)).toBe(false);
    expect(shouldBackUp(minutesAgo(5), true, now, 5 * 60_000)).toBe(true);
  });

  it('backs up when the clock went back past the last backup', () => {
    expect(shouldBackUp(minutesAgo(-60), true, now)).toBe(true);
  });
});
