/**
 * When to take an automatic backup and which backups to keep. Pure functions over dates, so
 * the rules can be tested with fixed clocks; the file system side lives in backupFiles.ts.
 */

export type BackupReason = 'auto' | 'manual' | 'pre-restore';

export interface RetentionCandidate {
  id: string;
  /** ISO timestamp. */
  createdAt: string;
  reason: BackupReason;
}

export interface RetentionPlan {
  keep: string[];
  remove: string[];
}

export const retention = {
  /** Automatic backups taken today (local date) that are kept. */
  autoToday: 3,
  /** Previous local days that each keep their newest automatic backup. */
  autoDailyDays: 7,
  manual: 10,
  /** Pre-restore backups are the undo points of restores. */
  preRestore: 5,
} as const;

export const defaultBackupIntervalMs = 15 * 60_000;

const dayMs = 24 * 60 * 60_000;

/**
 * Days since the epoch of the local calendar date. Going through Date.UTC of the local
 * components keeps every day exactly 24 h long, so daylight-saving shifts cannot merge or
 * split days.
 */
function localDayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / dayMs);
}

function newestFirst(a: RetentionCandidate, b: RetentionCandidate): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Automatic backups: the newest few of today, then the newest one of each previous day. */
function keptAutomatic(newestFirstAuto: RetentionCandidate[], now: Date): string[] {
  const today = localDayNumber(now);
  const kept: string[] = [];
  const daysKept = new Set<number>();
  let keptToday = 0;
  for (const backup of newestFirstAuto) {
    // A backup dated after `now` (the clock was corrected backwards) counts as today's, so a
    // clock change never deletes the most recent copy of the data.
    const daysAgo = Math.max(0, today - localDayNumber(new Date(backup.createdAt)));
    if (daysAgo === 0) {
      if (keptToday < retention.autoToday) {
        kept.push(backup.id);
        keptToday += 1;
      }
    } else if (daysAgo <= retention.autoDailyDays && !daysKept.has(daysAgo)) {
      kept.push(backup.id);
      daysKept.add(daysAgo);
    }
  }
  return kept;
}

/**
 * Decides which backups survive pruning. The newest backup of every reason is always kept,
 * so a Minga left unused for weeks still has its last automatic backup.
 */
export function planRetention(backups: readonly RetentionCandidate[], now: Date): RetentionPlan {
  const keep = new Set<string>();
  const dated: RetentionCandidate[] = [];
  const undated: RetentionCandidate[] = [];
  for (const backup of backups) {
    // Never delete what cannot be dated: pruning must only ever remove what the rules name.
    if (Number.isNaN(Date.parse(backup.createdAt))) {
      undated.push(backup);
      keep.add(backup.id);
    } else dated.push(backup);
  }
  dated.sort(newestFirst);

  const ofReason = (reason: BackupReason) => dated.filter((backup) => backup.reason === reason);
  const auto = ofReason('auto');
  const manual = ofReason('manual');
  const preRestore = ofReason('pre-restore');

  for (const id of keptAutomatic(auto, now)) keep.add(id);
  for (const backup of manual.slice(0, retention.manual)) keep.add(backup.id);
  for (const backup of preRestore.slice(0, retention.preRestore)) keep.add(backup.id);
  for (const group of [auto, manual, preRestore]) if (group[0]) keep.add(group[0].id);

  const ordered = [...dated, ...undated];
  return {
    keep: ordered.filter((backup) => keep.has(backup.id)).map((backup) => backup.id),
    remove: ordered.filter((backup) => !keep.has(backup.id)).map((backup) => backup.id),
  };
}

/**
 * An automatic backup is due when something changed and the interval has passed since the
 * last one. If the clock went backwards past the last backup, the elapsed time is unknowable:
 * back up rather than wait for the clock to catch up.
 */
export function shouldBackUp(
  lastBackupAt: Date | null,
  changedSinceLastBackup: boolean,
  now: Date,
  intervalMs: number = defaultBackupIntervalMs,
): boolean {
  if (!changedSinceLastBackup) return false;
  if (lastBackupAt === null) return true;
  const elapsed = now.getTime() - lastBackupAt.getTime();
  return elapsed < 0 || elapsed >= intervalMs;
}
