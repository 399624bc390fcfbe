import { randomUUID } from 'node:crypto';
import type { Db } from '../../core/store/database';

export interface DeviceRecord {
  id: string;
  userId: string;
  name: string;
  refreshHash: string;
  previousRefreshHash: string | null;
  refreshExpiresAt: string;
  createdAt: string;
  lastUsedAt: string;
  revokedAt: string | null;
}

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

/** Signed-in devices. A device holds one refresh token at a time; only its hash is stored. */
export class Devices {
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

  create(input: { id?: string; userId: string; name: string; refreshHash: string; refreshExpiresAt: Date }): DeviceRecord {
    const id = input.id ?? randomUUID();
    const now = this.now().toISOString();
    this.statements.insert.run(id, input.userId, input.name, input.refreshHash, input.refreshExpiresAt.toISOString(), now, now);
    return this.byId(id)!;
  }

  byId(id: string): DeviceRecord | undefined {
    const row = this.statements.byId.get(id);
    return row ? toDevice(row) : undefined;
  }

  list(userId?: string): DeviceRecord[] {
    return (userId ? this.statements.byUser.all(userId) : this.statements.all.all()).map(toDevice);
  }

  /**
   * Replaces the refresh token, but only if the one presented is still the current one: two
   * refreshes racing with the same token cannot both succeed.
   */
  rotate(id: string, presentedHash: string, nextHash: string, expiresAt: Date): boolean {
    return this.statements.rotate.run(nextHash, expiresAt.toISOString(), this.now().toISOString(), id, presentedHash).changes > 0;
  }

  revoke(id: string): boolean {
    return this.statements.revoke.run(this.now().toISOString(), id).changes > 0;
  }
}
