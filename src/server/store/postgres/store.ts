import { randomBytes } from 'node:crypto';
import { withoutPassword } from '../../location';
import type { HubStore } from '../types';
import { PostgresAccounts } from './accounts';
import { createPool, unreachable, type Pool } from './database';
import { PostgresDevices } from './devices';
import { PostgresDocumentLog } from './documentLog';
import { migratePostgres } from './migrate';
import { PostgresProjections } from './projections';
import { postgresHubMigrations } from './migrations';
import { HubStartupError } from '../../errors';

export interface PostgresHubStore extends HubStore {
  readonly kind: 'postgres';
  readonly pool: Pool;
}

/**
 * The hub's store in a PostgreSQL database of its own, which several hub instances (and the
 * admin command line) share. Connects and migrates before returning, so an unreachable or
 * unusable database is reported at start, as a `HubStartupError` that says what to check.
 */
export async function openPostgresHubStore(
  url: string,
  options: { now?: () => Date; log?: (message: string) => void; connectTimeoutMs?: number } = {},
): Promise<PostgresHubStore> {
  const now = options.now ?? (() => new Date());
  const pool = createPool(url, { log: options.log ?? ((message) => console.error(message)), connectTimeoutMs: options.connectTimeoutMs });
  try {
    await migratePostgres(pool, postgresHubMigrations, now);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error instanceof HubStartupError ? error : unreachable(url, error);
  }
  return {
    kind: 'postgres',
    description: `the PostgreSQL database ${withoutPassword(url)}`,
    pool,
    accounts: new PostgresAccounts(pool, now),
    devices: new PostgresDevices(pool, now),
    documents: new PostgresDocumentLog(pool, now),
    projections: new PostgresProjections(pool),
    signingSecret: async () => {
      // The first instance to start creates the key; the others read the same one.
      await pool.query(
        `INSERT INTO hub_secrets (name, value, created_at) VALUES ('access-token-key', $1, $2) ON CONFLICT (name) DO NOTHING`,
        [randomBytes(32), now()],
      );
      const { rows } = await pool.query<{ value: Buffer }>(`SELECT value FROM hub_secrets WHERE name = 'access-token-key'`);
      return rows[0]!.value;
    },
    close: () => pool.end(),
  };
}
