import { z } from 'zod';
import { HubDocumentName } from './api';

/**
 * The sync manifest: how a desktop learns, in one small request, which of the hub's documents
 * changed since it last pulled them. Each document the user may read has a version on the hub
 * (its update-log position, which only grows). Names are spread over a fixed number of buckets;
 * each side digests, per bucket, the sorted "name version" pairs it knows. The desktop sends its
 * digests; the hub answers with the documents of the buckets whose digests differ. When nothing
 * changed the answer is empty; when 1 % of documents changed it names about that many buckets.
 *
 * A document the user may no longer read simply leaves its bucket; a bucket whose digest differs
 * is answered whole, so the desktop also learns what left it.
 */
export const manifestBuckets = 256;

export const ManifestEntry = z.object({
  name: HubDocumentName,
  version: z.number().int().nonnegative(),
  access: z.enum(['read', 'write']),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

const Digest = z.string().regex(/^[0-9a-f]{16}$/);

/** `POST /api/sync/manifest`: the desktop's digest of each bucket, in bucket order. */
export const ManifestRequest = z.strictObject({
  digests: z.array(Digest).length(manifestBuckets),
});
export type ManifestRequest = z.infer<typeof ManifestRequest>;

export const ManifestReply = z.object({
  /** Buckets whose digests differ: every document of these buckets is in `documents`. */
  buckets: z.array(z.number().int().min(0).max(manifestBuckets - 1)),
  documents: z.array(ManifestEntry),
});
export type ManifestReply = z.infer<typeof ManifestReply>;

/** FNV-1a over the name's UTF-16 code units: a stable, even spread; not a security boundary. */
export function bucketOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index += 1) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % manifestBuckets;
}

/**
 * The digest of every bucket: the first 8 bytes of SHA-256 over the bucket's "name version"
 * lines in name order (an empty bucket digests the empty string). SHA-256 rather than a short
 * hash because a collision would hide a change until the bucket changes again.
 */
export async function bucketDigests(entries: Iterable<{ name: string; version: number }>): Promise<string[]> {
  const lines: string[][] = Array.from({ length: manifestBuckets }, () => []);
  for (const { name, version } of entries) lines[bucketOf(name)]!.push(`${name} ${version}`);
  const encoder = new TextEncoder();
  return Promise.all(lines.map(async (bucket) => {
    bucket.sort();
    const digest = await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(bucket.join('\n')));
    return Array.from(new Uint8Array(digest, 0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
  }));
}

/** The hub's answer: the entries of every bucket whose digest differs from the desktop's. */
export async function manifestDifference(hubEntries: ManifestEntry[], desktopDigests: readonly string[]): Promise<ManifestReply> {
  const digests = await bucketDigests(hubEntries);
  const buckets = digests.flatMap((digest, bucket) => (digest === desktopDigests[bucket] ? [] : [bucket]));
  const differing = new Set(buckets);
  return { buckets, documents: hubEntries.filter((entry) => differing.has(bucketOf(entry.name))) };
}
