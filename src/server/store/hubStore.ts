import { join } from 'node:path';
import { defaultDataDir } from '../../core/paths';
import { openDatabase, type Db } from '../../core/store/database';
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

/**
 * Opens the hub database with the desktop store's rules (WAL, synchronous=FULL, forward-only
 * migrations, refusal of a newer schema). The admin command line opens it while the hub runs:
 * WAL lets both work, and the hub reads accounts and assignments from the database on every
 * decision, so a change made from the command line applies at once.
 */
export function openHubDatabase(dataDir: string, options: { nativeBinding?: string } = {}): Db {
  return openDatabase(hubPaths(dataDir).database, { migrations: hubMigrations, ...options });
}

/** Where `minga hub` keeps its data without --data: $MINGA_HUB_DATA, or `hub` in the app's data folder. */
export function defaultHubDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.MINGA_HUB_DATA ?? join(defaultDataDir(env), 'hub');
}
