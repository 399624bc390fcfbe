import { HubStartupError } from '../../errors';
import { inTransaction, type Pool } from './database';
import type { PostgresMigration } from './migrations';

/** Arbitrary, fixed: the advisory lock that lets one hub instance migrate while others wait. */
const migrationLock = 5_191_001;

/**
 * Applies pending migrations in one transaction, under an advisory lock so that instances
 * starting together migrate once. A database whose schema is newer than this Minga knows is
 * refused untouched, like the SQLite store does.
 */
export async function migratePostgres(pool: Pool, migrations: readonly PostgresMigration[], now: () => Date): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
    );
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const current = rows[0]?.version ?? 0;
    const supported = migrations.at(-1)?.version ?? 0;
    if (current > supported) {
      throw new HubStartupError(
        `The hub database has schema version ${current}, newer than this Minga supports (${supported}). Upgrade Minga; the database was not changed.`,
      );
    }
    const applied: number[] = [];
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version, migration.name, now(),
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
