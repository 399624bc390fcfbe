import { assetMimes, maxAssetBytes, type AssetMime } from '../../../shared/contract/assets';

/** Why a chosen file cannot be a persona photo, or its type when it can. */
export function checkPhotoFile(file: { type: string; size: number }): { mime: AssetMime } | { problem: 'photoWrongType' | 'photoTooLarge' } {
  if (!(assetMimes as readonly string[]).includes(file.type)) return { problem: 'photoWrongType' };
  if (file.size > maxAssetBytes || file.size === 0) return { problem: file.size === 0 ? 'photoWrongType' : 'photoTooLarge' };
  return { mime: file.type as AssetMime };
}
