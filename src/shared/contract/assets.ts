import { z } from 'zod';
import { Bytes } from './boards';
import { procedure } from './procedure';

/** Image types a board accepts; each is recognised by its magic number, not by its name. */
export const assetMimes = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export const AssetMime = z.enum(assetMimes);
export type AssetMime = z.infer<typeof AssetMime>;

/** One image; a phone photo fits, a poster scan should be resized first. */
export const maxAssetBytes = 10 * 1024 * 1024;

/** An asset id is the SHA-256 of its bytes (hex), so the same image is stored once. */
export const AssetId = z.string().regex(/^[0-9a-f]{64}$/);

const AssetBytes = Bytes.refine((bytes) => bytes.byteLength > 0, 'empty image').refine(
  (bytes) => bytes.byteLength <= maxAssetBytes,
  'image too large',
);

/**
 * Images placed on boards live in the local store, not as file paths (a path breaks when the
 * board moves to another laptop or the hub); image elements refer to them by `assetId`.
 */
export const assetsContract = {
  putAsset: procedure(
    z.object({ mime: AssetMime, bytes: AssetBytes }),
    z.object({ id: AssetId, mime: AssetMime, bytes: z.number().int() }),
  ),
  getAsset: procedure(z.object({ id: AssetId }), z.object({ mime: AssetMime, bytes: Bytes })),
};
