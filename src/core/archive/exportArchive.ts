import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import type { AssetMime } from '../../shared/contract/assets';
import { maxArchiveBytes } from '../../shared/contract/archive';
import { readMeta } from '../../shared/documents/schema';
import { ApiError } from '../../shared/domain/errors';
import type { StoreContext } from '../services/context';
import { appVersion } from '../version';
import { archiveFormat, archiveFormatVersion, archiveKinds, assetEntryName, documentEntryName, manifestName, type Manifest, type ManifestAsset, type ManifestDocument } from './manifest';
import { writeZip } from './zip';

export interface ExportedArchive {
  bytes: Uint8Array;
  manifest: Manifest;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The archive of one exercise (with its workshops and boards, and the images they show) or of
 * every exercise and every image in the store. Each document travels as its full Yjs state, so
 * importing it anywhere is a CRDT merge.
 */
export function exportArchive(store: StoreContext, options: { exerciseId?: string } = {}): ExportedArchive {
  const { exerciseId } = options;
  if (exerciseId !== undefined && store.documents.kindOf(exerciseId) !== 'exercise') throw new ApiError('not_found', `No exercise ${exerciseId}.`);
  const rows = store.db.prepare<string[], { id: string; kind: string }>(
    `SELECT id, kind FROM documents WHERE kind IN (${archiveKinds.map(() => '?').join(', ')}) ORDER BY created_at, id`,
  ).all(...archiveKinds);
  const documents: ManifestDocument[] = [];
  const entries: { name: string; data: Uint8Array; compress: boolean }[] = [];
  const referenced = new Set<string>();
  // Exercises first, then workshops, then boards: the order an import needs them in.
  for (const kind of archiveKinds) {
    for (const row of rows.filter((candidate) => candidate.kind === kind)) {
      const { doc } = store.documents.get(row.id);
      const owner = kind === 'exercise' ? row.id : readMeta(doc)?.exerciseId;
      if (owner === undefined || (exerciseId !== undefined && owner !== exerciseId)) continue;
      const state = Y.encodeStateAsUpdate(doc);
      documents.push({ id: row.id, kind, exerciseId: owner, sha256: sha256(state), bytes: state.byteLength });
      entries.push({ name: documentEntryName(row.id), data: state, compress: true });
      collectAssetIds(state, referenced);
    }
  }
  const assets: ManifestAsset[] = [];
  const assetRows = store.db.prepare<[], { id: string; mime: AssetMime; bytes: Buffer }>('SELECT id, mime, bytes FROM assets ORDER BY id').iterate();
  for (const asset of assetRows) {
    if (exerciseId !== undefined && !referenced.has(asset.id)) continue;
    const data = new Uint8Array(asset.bytes.buffer, asset.bytes.byteOffset, asset.bytes.byteLength);
    assets.push({ hash: asset.id, mime: asset.mime, bytes: data.byteLength });
    entries.push({ name: assetEntryName(asset.id), data, compress: false });
  }
  const manifest: Manifest = {
    format: archiveFormat, formatVersion: archiveFormatVersion, mingaVersion: appVersion, createdAt: store.now(),
    scope: exerciseId === undefined ? { all: true } : { exerciseId }, documents, assets,
  };
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, 2));
  const bytes = writeZip([{ name: manifestName, data: manifestBytes, compress: true }, ...entries]);
  if (bytes.byteLength > maxArchiveBytes) {
    throw new ApiError('too_large', `The archive would be larger than ${maxArchiveBytes / 1024 / 1024} MB; export one exercise at a time.`);
  }
  return { bytes, manifest };
}

const assetIdPattern = /^[0-9a-f]{64}$/;

/**
 * Images a document shows: any `assetId` or `…AssetId` field (board image elements, a persona's
 * photo), found by reading the state afresh so that every root is seen whatever its type.
 */
export function collectAssetIds(state: Uint8Array, into: Set<string>): void {
  const fresh = new Y.Doc();
  try {
    Y.applyUpdate(fresh, state);
    for (const [name, type] of [...fresh.share]) {
      if (type._map.size > 0) walk(fresh.getMap(name).toJSON(), into);
      else if (type._start !== null) walk(fresh.getArray(name).toJSON(), into);
    }
  } finally {
    fresh.destroy();
  }
}

function walk(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (/^(assetId|\w+AssetId)$/.test(key) && typeof item === 'string' && assetIdPattern.test(item)) into.add(item);
      else walk(item, into);
    }
  }
}
