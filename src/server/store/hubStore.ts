import { join } from 'node:path';
import { defaultDataDir } from '../../core/paths';
import type { HubLocation } from '../location';
import { openPostgresHubStore } from './postgres/store';
import { openSqliteHubStore } from './sqlite/store';
import type { HubStore } from './types';

/**
 * Opens the hub's store where `location` says: SQLite in a data folder (the default, needing no
 * other service) or a PostgreSQL database shared by several hub instances. `exclusive` is for
 * the hub itself: it takes the data folder's lock (SQLite); the admin command line opens the
 * store beside a running hub without it.
 */
export async function openHubStore(
  location: HubLocation,
  options: { exclusive?: boolean; now?: () => Date; log?: (message: string) => void } = {},
): Promise<HubStore> {
  if (location.kind === 'sqlite') return openSqliteHubStore(location.dataDir, options);
  return openPostgresHubStore(location.url, options);
}

/** Where `minga hub` keeps its data without --data: $MINGA_HUB_DATA, or `hub` in the app's data folder. */
export function defaultHubDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.MINGA_HUB_DATA ?? join(defaultDataDir(env), 'hub');
}
