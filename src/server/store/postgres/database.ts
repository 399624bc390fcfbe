import pg from 'pg';
import { HubStartupError } from '../../errors';
import { withoutPassword } from '../../location';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

/**
 * A pool of connections to the hub's PostgreSQL database. Connecting fails within
 * `connectTimeoutMs` instead of hanging; an idle connection that breaks is logged, not fatal
 * (the pool opens another on the next query).
 */
export function createPool(url: string, options: { log: (message: string) => void; connectTimeoutMs?: number }): Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'minga-hub',
  });
  pool.on('error', (error) => options.log(`PostgreSQL: an idle connection failed: ${error.message}`));
  return pool;
}

/** Runs `work` in one transaction on one connection: committed when it resolves, rolled back if it throws. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Turns a failure to reach or use the database into a message that says what to check. */
export function unreachable(url: string, error: unknown): HubStartupError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'nothing answers at that address (connection refused); is PostgreSQL running there?',
    ENOTFOUND: 'the host name is unknown',
    EAI_AGAIN: 'the host name could not be looked up',
    ETIMEDOUT: 'the connection timed out',
    '28P01': 'the user name or password was refused',
    '28000': 'the server refused this user',
    '3D000': 'the database does not exist; create it first (createdb -O USER DATABASE)',
    '42501': 'the user may not create tables in that database',
    '57P03': 'the server is starting up or shutting down; try again in a moment',
  };
  const reason = (typeof code === 'string' ? reasons[code] : undefined)
    ?? (/timeout/i.test(message) ? 'it did not answer in time' : message);
  return new HubStartupError(`Cannot use the PostgreSQL database ${withoutPassword(url)}: ${reason}`, { cause: error });
}

export const iso = (value: Date | null): string | null => (value === null ? null : value.toISOString());
