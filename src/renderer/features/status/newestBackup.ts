import type { Backup } from '../../../shared/contract';

/** The most recent backup, whatever order the list came in. */
export function newestBackup(backups: readonly Backup[]): Backup | undefined {
  let newest: Backup | undefined;
  for (const backup of backups) {
    if (!newest || Date.parse(backup.createdAt) > Date.parse(newest.createdAt)) newest = backup;
  }
  return newest;
}
