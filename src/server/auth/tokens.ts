import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * Access tokens are HMAC-SHA256-signed claims (user, device, expiry), not opaque database rows:
 * a laptop opening a thousand documents authenticates each one, and checking a signature costs
 * microseconds and writes nothing. They live 15 minutes. What a signature cannot express —
 * a revoked device, a disabled user, a changed role — is read from the database on every
 * authentication and by the sweep, so revocation does not wait for expiry.
 *
 * Refresh tokens are random (256 bits) and stored only as SHA-256 hashes (no salt needed for
 * random secrets); each use replaces the device's token.
 */
export const accessTokenPrefix = 'mha1';

const Claims = z.object({ sub: z.string(), dev: z.string(), iat: z.number(), exp: z.number() });
export type AccessClaims = z.infer<typeof Claims>;

export class TokenSigner {
  constructor(private readonly secret: Buffer) {
    if (secret.length < 32) throw new Error('The hub secret must be at least 32 bytes.');
  }

  sign(claims: AccessClaims): string {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${accessTokenPrefix}.${payload}.${this.mac(payload)}`;
  }

  /** The claims of a well-signed, unexpired token; undefined for anything else. */
  verify(token: string, now: number): AccessClaims | undefined {
    const [prefix, payload, signature] = token.split('.');
    if (prefix !== accessTokenPrefix || !payload || !signature || token.length > 2048) return undefined;
    const want = Buffer.from(this.mac(payload));
    const got = Buffer.from(signature);
    if (want.length !== got.length || !timingSafeEqual(want, got)) return undefined;
    let claims: AccessClaims;
    try {
      claims = Claims.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    } catch {
      return undefined;
    }
    return claims.exp > now ? claims : undefined;
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.secret).update(`${accessTokenPrefix}.${payload}`).digest('base64url');
  }
}

/** `<deviceId>.<secret>`: the device id lets the hub find the row without a scan. */
export function newRefreshToken(deviceId: string): string {
  return `${deviceId}.${randomBytes(32).toString('base64url')}`;
}

export function refreshTokenDevice(token: string): string | undefined {
  const dot = token.indexOf('.');
  return dot > 0 ? token.slice(0, dot) : undefined;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The signing key, kept in the data folder (mode 0600). Created exclusively on first start;
 * deleting it signs everyone out of their access tokens (refresh tokens keep working).
 */
export function loadOrCreateSecret(path: string): Buffer {
  try {
    return Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(path), { recursive: true });
  const secret = randomBytes(32);
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
    throw error;
  }
  try {
    writeSync(fd, secret.toString('hex'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return secret;
}
