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
 * The digest of every bucket: 64 bits over the bucket's "name version" lines in name order, as
 * two MurmurHash3 (32-bit) lanes with different seeds; an empty bucket digests the empty text.
 * Not a security boundary (the hub decides access), but long enough that a collision, which
 * would hide a change until the bucket changes again, does not happen in practice. Synchronous
 * and fast: every round digests every document both here and on the hub.
 */
export function bucketDigests(entries: Iterable<{ name: string; version: number }>): string[] {
  const lines: string[][] = Array.from({ length: manifestBuckets }, () => []);
  for (const { name, version } of entries) lines[bucketOf(name)]!.push(`${name} ${version}`);
  return lines.map((bucket) => {
    const text = bucket.sort().join('\n');
    return hex(murmur3(text, 0x9747b28c)) + hex(murmur3(text, 0x5bd1e995));
  });
}

const hex = (value: number) => value.toString(16).padStart(8, '0');

/** MurmurHash3, x86 32-bit, over the UTF-16 code units of `text`, two units per block. */
function murmur3(text: string, seed: number): number {
  let hash = seed >>> 0;
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  const blocks = text.length >> 1;
  for (let block = 0; block < blocks; block += 1) {
    let k = (text.charCodeAt(2 * block) | (text.charCodeAt(2 * block + 1) << 16)) >>> 0;
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    hash ^= k;
    hash = (hash << 13) | (hash >>> 19);
    hash = (Math.imul(hash, 5) + 0xe6546b64) >>> 0;
  }
  if (text.length & 1) {
    let k = text.charCodeAt(text.length - 1);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    hash ^= k;
  }
  hash ^= text.length * 2;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The hub's answer: the entries of every bucket whose digest differs from the desktop's. */
export function manifestDifference(hubEntries: ManifestEntry[], desktopDigests: readonly string[]): ManifestReply {
  const digests = bucketDigests(hubEntries);
  const buckets = digests.flatMap((digest, bucket) => (digest === desktopDigests[bucket] ? [] : [bucket]));
  const differing = new Set(buckets);
  return { buckets, documents: hubEntries.filter((entry) => differing.has(bucketOf(entry.name))) };
}
