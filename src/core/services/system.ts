import type { AppHandlers, Backup, StoreState } from '../../shared/contract';
import { ApiError } from '../../shared/domain/errors';
import type { Session, StoreContext } from './context';
import { readPreferences, writePreferences } from './preferences';

type Handlers = Pick<
  AppHandlers<Session>,
  'getStatus' | 'getPreferences' | 'setPreferences' | 'listBackups' | 'createBackup' | 'restoreBackup'
>;

/** What the system handlers need from the engine, which owns the store's life cycle. */
export interface SystemHost {
  state(): { state: StoreState; detail: string };
  store(): StoreContext | undefined;
  dataDir: string;
  appVersion: string;
  schemaVersion(): number;
  listBackups(): Backup[];
  createBackup(): Promise<Backup>;
  restore(id: string): Promise<{ restored: Backup; undo: Backup | null }>;
}

export function systemHandlers(host: SystemHost): Handlers {
  return {
    getStatus() {
      const { state, detail } = host.state();
      const backups = host.listBackups();
      return {
        state,
        detail,
        dataDir: host.dataDir,
        appVersion: host.appVersion,
        schemaVersion: host.schemaVersion(),
        lastBackupAt: backups[0]?.createdAt ?? null,
      };
    },
    getPreferences: () => readPreferences(host.store()?.db),
    setPreferences(preferences) {
      const store = host.store();
      if (!store) throw new ApiError('store_unavailable', 'The store is not open.');
      return writePreferences(store.db, preferences);
    },
    listBackups: () => host.listBackups(),
    createBackup: () => host.createBackup(),
    restoreBackup: ({ id }) => host.restore(id),
  };
}
