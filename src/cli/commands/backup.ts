import { z } from 'zod';
import { createBackup, listBackups, newestGoodBackup, restoreBackupFile } from '../../core/store/backups';
import { dataPaths } from '../../core/paths';
import { acquireDataLock, DataFolderLockedError } from '../../core/store/lock';
import { dataDirOption, parseCommand, UsageError } from '../args';
import { CliFailure, openEngine } from '../openEngine';

export const backupHelp = 'minga backup [--data DIR] [--list] [--json]          make a backup now (or list them)';
export const restoreHelp = 'minga restore [--data DIR] (ID | --latest)          restore a backup; prints how to undo it';

export async function backup(argv: string[]): Promise<void> {
  const args = parseCommand(argv, { list: { type: 'boolean', default: false } }, z.object({ data: dataDirOption, json: z.boolean(), list: z.boolean() }));
  const paths = dataPaths(args.data);
  if (args.list) {
    const backups = listBackups(paths.backups);
    if (args.json) console.log(JSON.stringify(backups, null, 2));
    else if (backups.length === 0) console.log('No backups yet.');
    else for (const entry of backups) console.log(`${entry.id}  ${entry.reason}  ${entry.bytes} bytes`);
    return;
  }
  const engine = openEngine(args.data, 'cli');
  try {
    engine.store!.projector.flush();
    const made = await createBackup(engine.store!.db, paths.backups, 'manual');
    console.log(args.json ? JSON.stringify(made) : `Backup written: ${made.id}`);
  } finally {
    engine.close();
  }
}

/** Works on a damaged store too: that is when it is needed most. */
export async function restore(argv: string[]): Promise<void> {
  const args = parseCommand(argv, { latest: { type: 'boolean', default: false } }, z.object({ data: dataDirOption, json: z.boolean(), latest: z.boolean() }));
  const paths = dataPaths(args.data);
  const id = args.latest ? newestGoodBackup(paths.backups)?.id : args.positionals[0];
  if (!id) throw args.latest ? new CliFailure('There is no good backup to restore.') : new UsageError('Name the backup to restore, or pass --latest.');
  let lock;
  try {
    lock = acquireDataLock(args.data, 'cli');
  } catch (error) {
    if (error instanceof DataFolderLockedError) throw new CliFailure(error.message);
    throw error;
  }
  try {
    const result = restoreBackupFile({ dbPath: paths.database, backupsDir: paths.backups, backupId: id, now: new Date() });
    if (args.json) console.log(JSON.stringify(result));
    else {
      console.log(`Restored ${result.restored.id}.`);
      if (result.undo) console.log(`To undo: minga restore ${result.undo.id}${argv.includes('--data') ? ` --data ${args.data}` : ''}`);
    }
  } finally {
    lock.release();
  }
}
