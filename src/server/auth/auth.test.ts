import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';
import { Throttle } from './throttle';
import { loadOrCreateSecret, TokenSigner } from './tokens';

describe('passwords', () => {
  it('hashes with a salt and verifies in constant time', async () => {
    const params = { N: 1024, r: 8, p: 1 };
    const one = await hashPassword('contraseña segura', params);
    const two = await hashPassword('contraseña segura', params);
    expect(one).not.toBe(two);
    expect(one).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword('contraseña segura', one)).toBe(true);
    expect(await verifyPassword('contraseña segurA', one)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('access tokens', () => {
  const signer = new TokenSigner(Buffer.alloc(32, 7));
  it('verifies its own unexpired tokens only', () => {
    const token = signer.sign({ sub: 'u', dev: 'd', iat: 0, exp: 1_000 });
    expect(signer.verify(token, 999)).toMatchObject({ sub: 'u', dev: 'd' });
    expect(signer.verify(token, 1_000)).toBeUndefined();
    expect(new TokenSigner(Buffer.alloc(32, 8)).verify(token, 0)).toBeUndefined();
    const [prefix, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'admin', dev: 'd', iat: 0, exp: 9e15 })).toString('base64url');
    expect(signer.verify(`${prefix}.${forged}.${signature}`, 0)).toBeUndefined();
    expect(signer.verify('garbage', 0)).toBeUndefined();
  });

  it('keeps the secret in the data folder, readable by its owner only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minga-secret-'));
    try {
      const path = join(dir, 'hub-secret.key');
      const secret = loadOrCreateSecret(path);
      expect(secret).toHaveLength(32);
      expect(loadOrCreateSecret(path).equals(secret)).toBe(true);
      if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('throttle', () => {
  it('allows a number of attempts per window and forgets old ones', () => {
    const throttle = new Throttle(2, 1_000, 3);
    throttle.record('a', 0);
    throttle.record('a', 100);
    expect(throttle.retryAfter('a', 200)).toBe(800);
    expect(throttle.retryAfter('a', 1_001)).toBe(0);
    // Bounded: the least recently seen key is dropped when full.
    for (const key of ['b', 'c', 'd']) throttle.record(key, 0);
    expect(throttle.retryAfter('a', 200)).toBe(0);
  });
});
