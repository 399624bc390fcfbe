import { join } from 'node:path';
import { openDatabase, type Db } from '../../../core/store/database';
import { acquireDataLock, type DataLock } from '../../../core/store/lock';
import { loadOrCreateSecret } from '../../auth/tokens';
import type { HubStore } from '../types';
import { SqliteAccounts } from './accounts';
import { SqliteDevices } from './devices';
import { SqliteDocumentLog } from './documentLog';
import { SqliteProjections } from './projections';
import { hubMigrations } from './migrations';

export interface HubPaths {
  dataDir: string;
  database: string;
  /** The key that signs access tokens; created on first start, readable by the owner only. */
  secret: string;
}

export function hubPaths(dataDir: string): HubPaths {
  return { dataDir, database: join(dataDir, 'hub.sqlite'), secret: join(dataDir, 'hub-secret.key') };
}

export interface SqliteHubStore extends HubStore {
  readonly kind: 'sqlite';
  /** The open database, for tests that look underneath. */
  readonly db: Db;
}

/**
 * The hub's store in its data folder (`hub.sqlite`), opened with the desktop store's rules (WAL,
 * synchronous=FULL, forward-only migrations, refusal of a newer schema). The hub takes the
 * folder lock (`exclusive`): one hub per folder. The admin command line opens the same database
 * without it while the hub runs: WAL lets both work, and the hub reads accounts and assignments
 * at every decision, so a change made from the command line applies at once.
 */
export function openSqliteHubStore(
  dataDir: string,
  options: { exclusive?: boolean; now?: () => Date; nativeBinding?: string } = {},
): SqliteHubStore {
  const lock: DataLock | undefined = options.exclusive ? acquireDataLock(dataDir, 'hub') : undefined;
  let db: Db;
  try {
    db = openDatabase(hubPaths(dataDir).database, {
      migrations: hubMigrations, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const now = options.now ?? (() => new Date());
  return {
    kind: 'sqlite',
    description: `the data folder ${dataDir}`,
    db,
    accounts: new SqliteAccounts(db, now),
    devices: new SqliteDevices(db, now),
    documents: new SqliteDocumentLog(db, now),
    projections: new SqliteProjections(db),
    signingSecret: async () => loadOrCreateSecret(hubPaths(dataDir).secret),
    close: async () => {
      db.close();
      lock?.release();
    },
  };
}
