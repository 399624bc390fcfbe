import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maxAssetBytes } from '../../shared/contract/assets';
import type { ApiError } from '../../shared/domain/errors';
import { engineForEachTest } from '../testing/engineForEachTest';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

const code = (caught: unknown) => (caught as ApiError).code;

describe('image assets', () => {
  const fixture = engineForEachTest();

  it('stores an image once under the SHA-256 of its bytes and gives it back', async () => {
    const api = fixture.running.client();
    const stored = await api.putAsset({ mime: 'image/png', bytes: png });
    expect(stored).toEqual({ id: createHash('sha256').update(png).digest('hex'), mime: 'image/png', bytes: png.byteLength });
    expect(await api.putAsset({ mime: 'image/png', bytes: png })).toEqual(stored);
    const count = fixture.running.engine.store!.db.prepare('SELECT COUNT(*) AS n FROM assets').get() as { n: number };
    expect(count.n).toBe(1);
    const read = await api.getAsset({ id: stored.id });
    expect(read.mime).toBe('image/png');
    expect([...read.bytes]).toEqual([...png]);
  });

  it('survives a restart', async () => {
    const stored = await fixture.running.client().putAsset({ mime: 'image/jpeg', bytes: jpeg });
    fixture.restart();
    expect([...(await fixture.running.client().getAsset({ id: stored.id })).bytes]).toEqual([...jpeg]);
  });

  it('refuses bytes that are not the declared image type, empty or too large', async () => {
    const api = fixture.running.client();
    expect(code(await api.putAsset({ mime: 'image/jpeg', bytes: png }).catch((caught: unknown) => caught))).toBe('invalid_input');
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(code(await api.putAsset({ mime: 'image/png', bytes: svg }).catch((caught: unknown) => caught))).toBe('invalid_input');
    expect(code(await api.putAsset({ mime: 'image/png', bytes: new Uint8Array() }).catch((caught: unknown) => caught))).toBe('invalid_input');
    const huge = new Uint8Array(maxAssetBytes + 1);
    huge.set(png);
    expect(code(await api.putAsset({ mime: 'image/png', bytes: huge }).catch((caught: unknown) => caught))).toBe('invalid_input');
    expect(code(await api.putAsset({ mime: 'image/bmp' as never, bytes: png }).catch((caught: unknown) => caught))).toBe('invalid_input');
    const count = fixture.running.engine.store!.db.prepare('SELECT COUNT(*) AS n FROM assets').get() as { n: number };
    expect(count.n).toBe(0);
  });

  it('answers not_found for an unknown id and invalid_input for a malformed one', async () => {
    const api = fixture.running.client();
    expect(code(await api.getAsset({ id: 'a'.repeat(64) }).catch((caught: unknown) => caught))).toBe('not_found');
    expect(code(await api.getAsset({ id: '../etc/passwd' }).catch((caught: unknown) => caught))).toBe('invalid_input');
  });
});
