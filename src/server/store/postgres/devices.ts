import { randomUUID } from 'node:crypto';
import type { DeviceRecord, DeviceStore } from '../types';
import { iso, type Pool } from './database';

interface DeviceRow {
  id: string;
  user_id: string;
  name: string;
  refresh_hash: string;
  previous_refresh_hash: string | null;
  refresh_expires_at: Date;
  created_at: Date;
  last_used_at: Date;
  revoked_at: Date | null;
}

const toDevice = (row: DeviceRow): DeviceRecord => ({
  id: row.id, userId: row.user_id, name: row.name, refreshHash: row.refresh_hash,
  previousRefreshHash: row.previous_refresh_hash, refreshExpiresAt: iso(row.refresh_expires_at)!,
  createdAt: iso(row.created_at)!, lastUsedAt: iso(row.last_used_at)!, revokedAt: iso(row.revoked_at),
});

/** Signed-in devices in PostgreSQL. */
export class PostgresDevices implements DeviceStore {
  constructor(private readonly pool: Pool, private readonly now: () => Date = () => new Date()) {}

  async create(input: { id?: string; userId: string; name: string; refreshHash: string; refreshExpiresAt: Date }): Promise<DeviceRecord> {
    const now = this.now();
    const { rows } = await this.pool.query<DeviceRow>(
      `INSERT INTO devices (id, user_id, name, refresh_hash, refresh_expires_at, created_at, last_used_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING *`,
      [input.id ?? randomUUID(), input.userId, input.name, input.refreshHash, input.refreshExpiresAt, now],
    );
    return toDevice(rows[0]!);
  }

  async byId(id: string): Promise<DeviceRecord | undefined> {
    const { rows } = await this.pool.query<DeviceRow>('SELECT * FROM devices WHERE id = $1', [id]);
    return rows[0] ? toDevice(rows[0]) : undefined;
  }

  async list(userId?: string): Promise<DeviceRecord[]> {
    const { rows } = userId
      ? await this.pool.query<DeviceRow>('SELECT * FROM devices WHERE user_id = $1 ORDER BY created_at', [userId])
      : await this.pool.query<DeviceRow>('SELECT * FROM devices ORDER BY created_at');
    return rows.map(toDevice);
  }

  /** One statement: the row lock makes two racing rotations with the same token succeed once. */
  async rotate(id: string, presentedHash: string, nextHash: string, expiresAt: Date): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE devices SET previous_refresh_hash = refresh_hash, refresh_hash = $1, refresh_expires_at = $2, last_used_at = $3
       WHERE id = $4 AND refresh_hash = $5 AND revoked_at IS NULL`,
      [nextHash, expiresAt, this.now(), id, presentedHash],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async revoke(id: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE devices SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [this.now(), id]);
    return (result.rowCount ?? 0) > 0;
  }
}
