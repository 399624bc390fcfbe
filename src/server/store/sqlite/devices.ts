import { randomUUID } from 'node:crypto';
import type { Db } from '../../../core/store/database';
import type { DeviceRecord, DeviceStore } from '../types';

interface DeviceRow {
  id: string;
  user_id: string;
  name: string;
  refresh_hash: string;
  previous_refresh_hash: string | null;
  refresh_expires_at: string;
  created_at: string;
  last_used_at: string;
  revoked_at: string | null;
}

const toDevice = (row: DeviceRow): DeviceRecord => ({
  id: row.id, userId: row.user_id, name: row.name, refreshHash: row.refresh_hash,
  previousRefreshHash: row.previous_refresh_hash, refreshExpiresAt: row.refresh_expires_at,
  createdAt: row.created_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at,
});

/** Signed-in devices in SQLite. */
export class SqliteDevices implements DeviceStore {
  private readonly statements;

  constructor(db: Db, private readonly now: () => Date = () => new Date()) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO devices (id, user_id, name, refresh_hash, refresh_expires_at, created_at, last_used_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      byId: db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE id = ?'),
      byUser: db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE user_id = ? ORDER BY created_at'),
      all: db.prepare<[], DeviceRow>('SELECT * FROM devices ORDER BY created_at'),
      rotate: db.prepare(
        `UPDATE devices SET previous_refresh_hash = refresh_hash, refresh_hash = ?, refresh_expires_at = ?, last_used_at = ?
         WHERE id = ? AND refresh_hash = ? AND revoked_at IS NULL`,
      ),
      revoke: db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    };
  }

  async create(input: { id?: string; userId: string; name: string; refreshHash: string; refreshExpiresAt: Date }): Promise<DeviceRecord> {
    const id = input.id ?? randomUUID();
    const now = this.now().toISOString();
    this.statements.insert.run(id, input.userId, input.name, input.refreshHash, input.refreshExpiresAt.toISOString(), now, now);
    return toDevice(this.statements.byId.get(id)!);
  }

  async byId(id: string): Promise<DeviceRecord | undefined> {
    const row = this.statements.byId.get(id);
    return row ? toDevice(row) : undefined;
  }

  async list(userId?: string): Promise<DeviceRecord[]> {
    return (userId ? this.statements.byUser.all(userId) : this.statements.all.all()).map(toDevice);
  }

  async rotate(id: string, presentedHash: string, nextHash: string, expiresAt: Date): Promise<boolean> {
    return this.statements.rotate.run(nextHash, expiresAt.toISOString(), this.now().toISOString(), id, presentedHash).changes > 0;
  }

  async revoke(id: string): Promise<boolean> {
    return this.statements.revoke.run(this.now().toISOString(), id).changes > 0;
  }
}
