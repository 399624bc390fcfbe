import { createHash } from 'node:crypto';
import type { AppHandlers } from '../../shared/contract';
import type { AssetMime } from '../../shared/contract/assets';
import { sniffImageMime } from '../../shared/board/imageMime';
import { ApiError } from '../../shared/domain/errors';
import type { Session, StoreContext } from './context';

type Handlers = Pick<AppHandlers<Session>, 'putAsset' | 'getAsset'>;

interface AssetRow {
  mime: AssetMime;
  bytes: Buffer;
}

/**
 * Images for boards, kept in the store so a board carries its pictures wherever it goes.
 * Content-addressed: the id is the SHA-256 of the bytes, so pasting the same photo on ten
 * boards stores it once, and an id can be checked against the bytes it names.
 */
export function assetHandlers(context: () => StoreContext): Handlers {
  return {
    putAsset({ mime, bytes }) {
      const store = context();
      if (sniffImageMime(bytes) !== mime) throw new ApiError('invalid_input', `The bytes are not a ${mime} image.`);
      const id = createHash('sha256').update(bytes).digest('hex');
      store.db
        .prepare('INSERT OR IGNORE INTO assets (id, mime, bytes, sha256, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(id, mime, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), id, store.now());
      return { id, mime, bytes: bytes.byteLength };
    },
    getAsset({ id }) {
      const store = context();
      const row = store.db.prepare<[string], AssetRow>('SELECT mime, bytes FROM assets WHERE id = ?').get(id);
      if (!row) throw new ApiError('not_found', `No asset ${id}.`);
      return { mime: row.mime, bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) };
    },
  };
}
