import { assetMimes, type AssetMime } from '../../shared/contract';
import { api } from '../app/api';

/** Images live in the local store (by content hash), never as file paths. Returns the asset id. */
export async function storeImage(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { id } = await api.putAsset({ mime: file.type as AssetMime, bytes });
  return id;
}

/** Object URLs per asset, created once per window: an asset never changes once stored. */
const urls = new Map<string, Promise<string | undefined>>();

export function assetUrl(assetId: string): Promise<string | undefined> {
  let url = urls.get(assetId);
  if (!url) {
    url = api.getAsset({ id: assetId }).then(
      ({ bytes, mime }) => URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime })),
      () => undefined,
    );
    urls.set(assetId, url);
  }
  return url;
}

export const isImageFile = (file: File) => (assetMimes as readonly string[]).includes(file.type);

/** Natural size of an image file, scaled to fit a 480 px box so a photo does not cover the board. */
export async function imageSize(file: File, box = 480): Promise<{ width: number; height: number }> {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, box / Math.max(bitmap.width, bitmap.height));
    const size = { width: Math.max(20, Math.round(bitmap.width * scale)), height: Math.max(20, Math.round(bitmap.height * scale)) };
    bitmap.close();
    return size;
  } catch {
    return { width: 320, height: 240 };
  }
}
