import { z } from 'zod';
import { Role, TokensReply } from '../../shared/hub/api';
import type { Db } from '../store/database';

/** The hub this data folder syncs with and this device's sign-in there (table `hub_link`, one row). */
export const HubLink = z.object({
  hubUrl: z.string(),
  email: z.string(),
  userId: z.string(),
  role: Role,
  deviceId: z.string(),
  refreshToken: TokensReply.shape.refreshToken,
  linkedAt: z.string(),
  lastSyncAt: z.string().nullable(),
});
export type HubLink = z.infer<typeof HubLink>;

export function readHubLink(db: Db): HubLink | undefined {
  const row = db.prepare(
    `SELECT hub_url AS hubUrl, email, user_id AS userId, role, device_id AS deviceId, refresh_token AS refreshToken,
       linked_at AS linkedAt, last_sync_at AS lastSyncAt FROM hub_link WHERE id = 1`,
  ).get();
  if (!row) return undefined;
  const parsed = HubLink.safeParse(row);
  // A row this Minga cannot read is treated as no sign-in: `minga login` replaces it.
  return parsed.success ? parsed.data : undefined;
}

/** Replaces the sign-in (a new `minga login`, possibly to another hub). */
export function saveHubLink(db: Db, hubUrl: string, tokens: TokensReply, now: string): void {
  db.prepare(
    `INSERT INTO hub_link (id, hub_url, email, user_id, role, device_id, refresh_token, linked_at, last_sync_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, NULL)
     ON CONFLICT (id) DO UPDATE SET hub_url = excluded.hub_url, email = excluded.email, user_id = excluded.user_id,
       role = excluded.role, device_id = excluded.device_id, refresh_token = excluded.refresh_token,
       linked_at = excluded.linked_at, last_sync_at = NULL`,
  ).run(hubUrl, tokens.user.email, tokens.user.id, tokens.user.role, tokens.deviceId, tokens.refreshToken, now);
}

/**
 * Keeps the token a refresh just returned. The hub has already forgotten the old one, so this
 * must commit (synchronous=FULL: on disk) before the new access token is used; otherwise a crash
 * would leave a token the hub treats as reused, and it signs the device out.
 */
export function saveRotatedToken(db: Db, deviceId: string, tokens: TokensReply): void {
  const changed = db.prepare('UPDATE hub_link SET refresh_token = ?, role = ? WHERE id = 1 AND device_id = ?')
    .run(tokens.refreshToken, tokens.user.role, deviceId).changes;
  if (changed !== 1) throw new Error('The hub sign-in changed while syncing; run the sync again.');
}

export function markSynced(db: Db, now: string): void {
  db.prepare('UPDATE hub_link SET last_sync_at = ? WHERE id = 1').run(now);
}
