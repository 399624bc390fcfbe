import type { StoreContext } from '../services/context';
import { SyncFailure } from './errors';
import { hubApi, type Fetch } from './hubApi';
import { saveRotatedToken, type HubLink } from './hubLink';

/**
 * An access token kept between rounds (in memory only: the app's background sync holds one), so
 * a round with nothing to do is a single request. A token with less than this left is renewed.
 */
const renewBeforeMs = 2 * 60_000;

export interface SyncSession {
  hubUrl?: string;
  deviceId?: string;
  accessToken?: string;
  expiresAt?: number;
}

/** A usable access token: the kept one, or a new one from the device's refresh token. */
export async function accessToken(store: StoreContext, link: HubLink, session: SyncSession, fetchImpl?: Fetch): Promise<string> {
  const usable = session.accessToken !== undefined && session.hubUrl === link.hubUrl && session.deviceId === link.deviceId
    && (session.expiresAt ?? 0) - renewBeforeMs > Date.now();
  if (usable) return session.accessToken!;
  return renew(store, link, session, fetchImpl);
}

export async function renew(store: StoreContext, link: HubLink, session: SyncSession, fetchImpl?: Fetch): Promise<string> {
  forget(session);
  const tokens = await hubApi.refresh(link.hubUrl, link.refreshToken, fetchImpl);
  // The hub has forgotten the old refresh token: keep the new one before using anything.
  saveRotatedToken(store.db, link.deviceId, tokens);
  const expiresAt = Date.parse(tokens.accessTokenExpiresAt);
  Object.assign(session, { hubUrl: link.hubUrl, deviceId: link.deviceId, accessToken: tokens.accessToken, expiresAt: Number.isNaN(expiresAt) ? 0 : expiresAt });
  return tokens.accessToken;
}

export function forget(session: SyncSession): void {
  delete session.accessToken;
  delete session.expiresAt;
}

/** Whether a failure means the kept token was refused (revoked device, or the hub restarted with a new key). */
export function tokenRefused(error: unknown): boolean {
  return error instanceof SyncFailure && error.code === 'device_signed_out';
}
