import type Database from 'better-sqlite3';
import type { Backup } from '../../shared/contract/system';
import { defaultBackupIntervalMs, shouldBackUp } from './backupPolicy';
import { createBackup, listBackups, pruneBackups } from './backupFiles';
import type { NativeBindingOption } from './recovery';

export interface BackupSchedulerOptions extends NativeBindingOption {
  getDb: () => Database.Database;
  backupsDir: string;
  intervalMs?: number;
  now?: () => Date;
  onBackup?: (backup: Backup) => void;
  onError?: (error: unknown) => void;
}

/**
 * Takes automatic backups while the data changes: the store calls markChanged() after each
 * committed write, and a timer asks every so often whether a backup is due. Backups run one
 * at a time, manual ones included, so two never read the database at once.
 */
export class BackupScheduler {
  private readonly options: BackupSchedulerOptions;
  private readonly intervalMs: number;
  private readonly now: () => Date;
  private changed = false;
  /** undefined until read from the backups folder, so a restart keeps counting from the last one. */
  private lastAt: Date | null | undefined;
  private timer: NodeJS.Timeout | null = null;
  private tickPending = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: BackupSchedulerOptions) {
    this.options = options;
    this.intervalMs = options.intervalMs ?? defaultBackupIntervalMs;
    this.now = options.now ?? (() => new Date());
  }

  /** When the newest backup of any reason was taken, or null if there is none. */
  get lastBackupAt(): Date | null {
    if (this.lastAt === undefined) {
      const newest = listBackups(this.options.backupsDir)[0];
      this.lastAt = newest ? new Date(newest.createdAt) : null;
    }
    return this.lastAt;
  }

  markChanged(): void {
    this.changed = true;
  }

  /**
   * Checks at most once a minute (or every interval, if shorter) rather than once per
   * interval, so a change is backed up about one interval after the previous backup instead
   * of up to two intervals later.
   */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), Math.min(this.intervalMs, 60_000));
    // The timer alone must not keep `minga` commands or tests alive.
    this.timer.unref();
  }

  /** Stops the timer and waits for a backup in progress, so the database can be closed safely. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.queue;
  }

  /** Takes an automatic backup if one is due; reports failures to onError instead of throwing. */
  async tick(): Promise<Backup | null> {
    if (this.tickPending) return null;
    this.tickPending = true;
    try {
      return await this.exclusive(() => this.backUpIfDue());
    } catch (error) {
      this.options.onError?.(error);
      return null;
    } finally {
      this.tickPending = false;
    }
  }

  /** A backup on request (Settings, `minga backup`), queued behind any running one. Throws on failure. */
  backUpNow(reason: 'manual' | 'pre-restore' = 'manual'): Promise<Backup> {
    return this.exclusive(async () => {
      const changedBefore = this.changed;
      this.changed = false;
      try {
        return await this.backUp(reason, this.now());
      } catch (error) {
        this.changed ||= changedBefore;
        throw error;
      }
    });
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task, task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async backUpIfDue(): Promise<Backup | null> {
    const now = this.now();
    if (!shouldBackUp(this.lastBackupAt, this.changed, now, this.intervalMs)) return null;
    // Cleared before the backup starts: edits committed while it runs mark the data changed again.
    this.changed = false;
    try {
      return await this.backUp('auto', now);
    } catch (error) {
      this.changed = true;
      throw error;
    }
  }

  private async backUp(reason: Backup['reason'], now: Date): Promise<Backup> {
    const { getDb, backupsDir, nativeBinding } = this.options;
    const backup = await createBackup(getDb(), backupsDir, reason, now, nativeBinding ? { nativeBinding } : {});
    this.lastAt = new Date(backup.createdAt);
    this.options.onBackup?.(backup);
    try {
      pruneBackups(backupsDir, now);
    } catch (error) {
      // The backup itself succeeded; a failed clean-up must not make it look failed.
      this.options.onError?.(error);
    }
    return backup;
  }
}
