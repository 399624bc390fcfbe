/**
 * Backups of the store: the public face of backupFiles (create, list, prune, find a good
 * one), backupRestore (restore with undo) and backupScheduler (automatic backups). Callers
 * import from here; the split only keeps each file to one job.
 */
export type { Backup } from '../../shared/contract/system';
export type { BackupReason } from './backupPolicy';
export type { NativeBindingOption } from './recovery';
export {
  backupFileName, createBackup, isGoodBackupFile, listBackups, newestGoodBackup, parseBackupFileName, pruneBackups,
} from './backupFiles';
export { quarantineFolderName, restoreBackupFile, type RestoreRequest, type RestoreResult } from './backupRestore';
export { BackupScheduler, type BackupSchedulerOptions } from './backupScheduler';
