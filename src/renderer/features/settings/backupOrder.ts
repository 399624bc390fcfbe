import type { Backup } from '../../../shared/contract';

/** Newest first: the backup people look for is almost always the latest one. */
export function sortBackupsNewestFirst(backups: readonly Backup[]): Backup[] {
  return [...backups].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
