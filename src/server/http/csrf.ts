import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The dashboard's CSRF token: an HMAC of the signed-in browser's device id under the hub's
 * signing key. It is per session (each dashboard sign-in is a device), needs no storage, holds on
 * every hub instance (they share the key), and dies with sign-out. Every dashboard POST after
 * sign-in carries it in a hidden field, on top of the SameSite=Strict cookie.
 */
export function csrfToken(key: Buffer, deviceId: string): string {
  return createHmac('sha256', key).update(`dashboard-csrf:${deviceId}`).digest('base64url');
}

export function csrfValid(key: Buffer, deviceId: string, presented: string | null | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfToken(key, deviceId));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
