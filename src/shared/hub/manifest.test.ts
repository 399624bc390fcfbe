import { describe, expect, it } from 'vitest';
import { bucketDigests, bucketOf, manifestBuckets, manifestDifference, ManifestRequest, type ManifestEntry } from './manifest';

const entry = (index: number, version = 1): ManifestEntry => ({ name: `board:b${index}`, version, access: 'write' });

describe('the sync manifest', () => {
  it('spreads names over every bucket', () => {
    const used = new Set(Array.from({ length: 5_000 }, (_, index) => bucketOf(`board:b${index}`)));
    expect(used.size).toBe(manifestBuckets);
  });

  it('answers nothing when the desktop knows the same versions, in any order', async () => {
    const hub = Array.from({ length: 300 }, (_, index) => entry(index));
    const desktop = bucketDigests([...hub].reverse());
    expect(manifestDifference(hub, desktop)).toEqual({ buckets: [], documents: [] });
  });

  it('answers only the buckets of changed documents, whole', async () => {
    const known = Array.from({ length: 1_000 }, (_, index) => entry(index));
    const desktop = bucketDigests(known);
    const hub = known.map((item, index) => (index % 100 === 7 ? { ...item, version: 2 } : item));
    const reply = manifestDifference(hub, desktop);
    const changedBuckets = new Set(hub.filter((item) => item.version === 2).map((item) => bucketOf(item.name)));
    expect(new Set(reply.buckets)).toEqual(changedBuckets);
    expect(reply.documents.filter((item) => item.version === 2)).toHaveLength(10);
    // Every document of those buckets, so the desktop can tell what left them.
    expect(reply.documents).toEqual(hub.filter((item) => changedBuckets.has(bucketOf(item.name))));
    expect(reply.documents.length).toBeLessThan(100);
  });

  it('names the bucket a document left (access withdrawn)', async () => {
    const known = [entry(1), entry(2)];
    const reply = manifestDifference([entry(2)], bucketDigests(known));
    expect(reply.buckets).toEqual([bucketOf('board:b1')]);
    expect(reply.documents.map((item) => item.name)).not.toContain('board:b1');
  });

  it('digests differ when one version differs, and are 16 hex digits', () => {
    const known = [entry(1), entry(2, 7)];
    const digests = bucketDigests(known);
    expect(digests.every((digest) => /^[0-9a-f]{16}$/.test(digest))).toBe(true);
    const changed = bucketDigests([entry(1), entry(2, 8)]);
    expect(changed.filter((digest, bucket) => digest !== digests[bucket])).toHaveLength(1);
    expect(new Set(bucketDigests(Array.from({ length: 2_000 }, (_, index) => entry(index)))).size).toBe(manifestBuckets);
  });

  it('refuses a request without exactly one digest per bucket', () => {
    expect(ManifestRequest.safeParse({ digests: ['0123456789abcdef'] }).success).toBe(false);
    expect(ManifestRequest.safeParse({ digests: Array(manifestBuckets).fill('not hex at all!!') }).success).toBe(false);
    expect(ManifestRequest.safeParse({ digests: Array(manifestBuckets).fill('0123456789abcdef') }).success).toBe(true);
  });
});
