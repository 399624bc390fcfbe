import { z } from 'zod';
import { AssetId, AssetMime, maxAssetBytes } from '../../shared/contract/assets';
import { maxArchiveBytes } from '../../shared/contract/archive';
import { Id } from '../../shared/domain/ids';
import type { ZipLimits } from './zip';

/**
 * manifest.json, the archive's table of contents: what made it, what it covers, and for every
 * document and image its size and SHA-256, so each entry is checked before anything is merged.
 */

export const archiveFormat = 'minga-archive';
export const archiveFormatVersion = 1;
export const manifestName = 'manifest.json';

/** The kinds an archive carries; the hub's directory and templates come from the hub itself. */
export const archiveKinds = ['exercise', 'workshop', 'board'] as const;
export type ArchiveKind = (typeof archiveKinds)[number];

const maxDocuments = 20_000;
const maxAssets = 5_000;
const maxDocumentBytes = 50 * 1024 * 1024;
const maxManifestBytes = 8 * 1024 * 1024;
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const documentEntryName = (id: string) => `documents/${id}.yjs`;
export const assetEntryName = (hash: string) => `assets/${hash}`;
const documentName = /^documents\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.yjs$/i;
const assetName = /^assets\/[0-9a-f]{64}$/;

export const isArchiveEntryName = (name: string) => name === manifestName || documentName.test(name) || assetName.test(name);

export const archiveLimits: ZipLimits = {
  maxEntries: 1 + maxDocuments + maxAssets,
  maxEntryBytes: (name) => (name === manifestName ? maxManifestBytes : name.startsWith('assets/') ? maxAssetBytes : maxDocumentBytes),
  maxTotalBytes: 5 * maxArchiveBytes,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

export const ManifestDocument = z.strictObject({
  id: Id,
  kind: z.enum(archiveKinds),
  /** The exercise it belongs to; an exercise's own id for an exercise. */
  exerciseId: Id,
  sha256: Sha256,
  bytes: z.number().int().min(1).max(maxDocumentBytes),
});
export type ManifestDocument = z.infer<typeof ManifestDocument>;

export const ManifestAsset = z.strictObject({
  hash: AssetId,
  mime: AssetMime,
  bytes: z.number().int().min(1).max(maxAssetBytes),
});
export type ManifestAsset = z.infer<typeof ManifestAsset>;

/** Read first, on its own, so a newer format is told as such rather than as an invalid one. */
export const ManifestHead = z.object({ format: z.literal(archiveFormat), formatVersion: z.number().int().min(1) });

export const Manifest = z.strictObject({
  format: z.literal(archiveFormat),
  formatVersion: z.literal(archiveFormatVersion),
  mingaVersion: z.string().min(1).max(50),
  createdAt: z.iso.datetime(),
  scope: z.union([z.strictObject({ all: z.literal(true) }), z.strictObject({ exerciseId: Id })]),
  documents: z.array(ManifestDocument).max(maxDocuments),
  assets: z.array(ManifestAsset).max(maxAssets),
});
export type Manifest = z.infer<typeof Manifest>;
