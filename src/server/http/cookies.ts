import type { IncomingMessage } from 'node:http';

/** The dashboard's session: a signed access token (the same kind a desktop holds). */
export const sessionCookie = 'minga_session';

export function readCookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || undefined;
  }
  return undefined;
}

/**
 * HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), Path=/ and
 * as long-lived as the token inside. `secure` when the hub is reached over HTTPS.
 */
export function sessionCookieHeader(token: string, maxAgeSeconds: number, secure: boolean): string {
  return `${sessionCookie}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookieHeader('', 0, secure);
}
