import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxArchiveBytes, type ArchiveProblem } from '../../shared/contract/archive';
import { writeMeta } from '../../shared/documents/schema';
import { startTestEngine, tempDataDir } from '../testing/harness';
import { exportArchive } from './exportArchive';
import { importArchive } from './importArchive';
import type { Manifest } from './manifest';
import { ArchiveRefused } from './refused';
import { rawZip, storeFingerprint, unpackArchive, type RawEntry } from './testing';

/**
 * Every hostile or damaged archive is refused with the problem named, and the receiving store
 * is byte-for-byte what it was (a hash of every table's rows).
 */

type Running = ReturnType<typeof startTestEngine>;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 9, 9]);

let folders: ReturnType<typeof tempDataDir>[] = [];
let source: Running;
let target: Running;
let good: Uint8Array;
let ids: { exercise: string; workshop: string; board: string; existing: string };

beforeEach(async () => {
  folders = [tempDataDir('minga-hostile-a-'), tempDataDir('minga-hostile-b-')];
  source = startTestEngine(folders[0]!.dir);
  target = startTestEngine(folders[1]!.dir);
  const api = source.client();
  const exercise = await api.createExercise({ title: 'Mesa de agua', leadEntity: 'Alcaldía' });
  const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Diagnóstico' } });
  const board = await api.createBoard({ workshopId: workshop.id, fields: { title: 'Problemas' } });
  await api.putAsset({ mime: 'image/png', bytes: png });
  // The target has work of its own, which no refused import may touch.
  const existing = await target.client().createExercise({ title: 'Lo que ya estaba', leadEntity: 'Concejo' });
  target.engine.store!.projector.flush();
  ids = { exercise: exercise.id, workshop: workshop.id, board: board.id, existing: existing.id };
  good = exportArchive(source.engine.store!).bytes;
});
afterEach(() => {
  source.close();
  target.close();
  for (const folder of folders) folder.remove();
});

/** Imports into the target and expects the refusal, with the store unchanged. */
function expectRefused(bytes: Uint8Array, problem: ArchiveProblem, mentions?: string | RegExp): ArchiveRefused {
  const store = target.engine.store!;
  const before = storeFingerprint(store.db);
  let caught: unknown;
  try {
    importArchive(store, bytes);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ArchiveRefused);
  const refused = caught as ArchiveRefused;
  expect(refused.problem, refused.message).toBe(problem);
  if (mentions) expect(refused.message).toMatch(mentions);
  expect(storeFingerprint(store.db)).toBe(before);
  return refused;
}

const parts = () => unpackArchive(good);
const manifestOf = (entries: RawEntry[]) => JSON.parse(new TextDecoder().decode(entries.find((entry) => entry.name === 'manifest.json')!.data)) as Manifest;
function withManifest(entries: RawEntry[], change: (manifest: Manifest) => void): RawEntry[] {
  const manifest = manifestOf(entries);
  change(manifest);
  const data = new TextEncoder().encode(JSON.stringify(manifest));
  return entries.map((entry) => (entry.name === 'manifest.json' ? { ...entry, data } : entry));
}

describe('importing a hostile or damaged archive', () => {
  it('accepts the untouched archive (the baseline every case below departs from)', () => {
    expect(importArchive(target.engine.store!, rawZip(parts())).created).toBe(3);
  });

  it('refuses a truncated file at any length, and names truncation when the directory is cut off', () => {
    expectRefused(good.subarray(0, Math.floor(good.length / 2)), 'truncated', /truncated/);
    for (let cut = 0; cut < good.length; cut += Math.max(1, Math.floor(good.length / 40))) {
      expectRefused(good.subarray(0, cut), cut < 4 ? 'not_zip' : 'truncated');
    }
    expectRefused(good.subarray(0, good.length - 1), 'truncated');
  });

  it('refuses flipped bytes (checksums), and any single mutation either is refused or imports cleanly', () => {
    const entries = parts();
    const board = entries.find((entry) => entry.name === `documents/${ids.board}.yjs`)!;
    const flipped = Uint8Array.from(board.data);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    // With a matching CRC the zip layer passes it on; the manifest's SHA-256 still catches it.
    expectRefused(rawZip(entries.map((entry) => (entry === board ? { ...entry, data: flipped } : entry))), 'checksum_mismatch', /SHA-256/);
    const crcOnly = rawZip(entries);
    const damaged = Uint8Array.from(crcOnly);
    damaged[30 + 'manifest.json'.length + 5]! ^= 0x01;
    expectRefused(damaged, 'damaged_entry');
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 60; round += 1) {
      const mutated = Uint8Array.from(good);
      mutated[Math.floor(random() * mutated.length)]! ^= 1 + Math.floor(random() * 255);
      const store = target.engine.store!;
      const before = storeFingerprint(store.db);
      try {
        importArchive(store, mutated);
      } catch (error) {
        expect(error).toBeInstanceOf(ArchiveRefused);
        expect(storeFingerprint(store.db)).toBe(before);
      }
    }
  });

  it('refuses a zip bomb from its directory, before inflating it', () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = { name: `documents/${crypto.randomUUID()}.yjs`, data: zeros, deflate: true };
    expectRefused(rawZip([...parts(), bomb]), 'compression_ratio', /zip bomb/);
    // Declaring a small size does not help: inflating stops as soon as it yields more.
    const liar = { ...bomb, declaredSize: 1000 };
    expectRefused(rawZip([...withManifest(parts(), (manifest) => manifest.documents.push({ id: bomb.name.slice(10, 46), kind: 'board', exerciseId: ids.exercise, sha256: '0'.repeat(64), bytes: 1000 })), liar]), 'damaged_entry', /more than/);
    const huge = { name: `documents/${crypto.randomUUID()}.yjs`, data: new Uint8Array(10), declaredSize: 60 * 1024 * 1024, deflate: true };
    expectRefused(rawZip([...parts(), huge]), 'entry_too_large');
  });

  it('refuses unsafe names: parent steps, absolute paths, drive letters, backslashes', () => {
    for (const name of ['../../evil.sh', '/etc/passwd', 'documents/../../x.yjs', 'C:/Windows/x', 'assets\\..\\x', 'documents/./a.yjs']) {
      expectRefused(rawZip([...parts(), { name, data: png }]), 'unsafe_name');
    }
    expectRefused(rawZip([...parts(), { name: 'notas.txt', data: png }]), 'unexpected_entry', /notas\.txt/);
  });

  it('refuses duplicated entries and duplicated ids', () => {
    const entries = parts();
    const board = entries.find((entry) => entry.name.includes(ids.board))!;
    expectRefused(rawZip([...entries, board]), 'duplicate_entry', new RegExp(ids.board));
    expectRefused(rawZip(withManifest(entries, (manifest) => manifest.documents.push(manifest.documents[2]!))), 'duplicate_entry', /twice/);
    expectRefused(rawZip(withManifest(entries, (manifest) => manifest.assets.push(manifest.assets[0]!))), 'duplicate_entry', /twice/);
  });

  it('refuses a workshop or board whose exercise is neither in the archive nor in the store', () => {
    const exerciseEntry = `documents/${ids.exercise}.yjs`;
    const orphaned = withManifest(parts(), (manifest) => {
      manifest.documents = manifest.documents.filter((entry) => entry.kind !== 'exercise');
    }).filter((entry) => entry.name !== exerciseEntry);
    expectRefused(rawZip(orphaned), 'missing_exercise', new RegExp(ids.exercise));
    const noWorkshop = withManifest(parts(), (manifest) => {
      manifest.documents = manifest.documents.filter((entry) => entry.kind !== 'workshop');
    }).filter((entry) => !entry.name.includes(ids.workshop));
    expectRefused(rawZip(noWorkshop), 'missing_workshop', new RegExp(ids.workshop));
  });

  it('refuses a document of another kind than declared, or than the same id is here', () => {
    expectRefused(rawZip(withManifest(parts(), (manifest) => { manifest.documents[0]!.kind = 'workshop'; })), 'wrong_kind');
    // A document claiming the id of the target's own exercise, as a workshop.
    const impostor = new Y.Doc();
    writeMeta(impostor, { kind: 'workshop', schemaVersion: 1, exerciseId: ids.exercise });
    const state = Y.encodeStateAsUpdate(impostor);
    const entries = withManifest(parts(), (manifest) => manifest.documents.push({ id: ids.existing, kind: 'workshop', exerciseId: ids.exercise, sha256: sha256(state), bytes: state.byteLength }));
    expectRefused(rawZip([...entries, { name: `documents/${ids.existing}.yjs`, data: state }]), 'kind_conflict');
  });

  it('refuses a manifest with wrong types, a newer format, missing entries and bytes that are not a document', () => {
    expectRefused(rawZip(withManifest(parts(), (manifest) => { (manifest.documents[0] as { bytes: unknown }).bytes = '12'; })), 'manifest_invalid', /documents\.0\.bytes/);
    expectRefused(rawZip(withManifest(parts(), (manifest) => { manifest.formatVersion = 2 as 1; })), 'too_new', /newer Minga/);
    expectRefused(rawZip(parts().filter((entry) => !entry.name.includes(ids.board))), 'missing_entry', new RegExp(ids.board));
    expectRefused(rawZip(parts().filter((entry) => entry.name !== 'manifest.json')), 'missing_entry', /manifest/);
    const garbage = new TextEncoder().encode('esto no es un documento');
    const entries = withManifest(parts(), (manifest) => { Object.assign(manifest.documents[2]!, { sha256: sha256(garbage), bytes: garbage.length }); })
      .map((entry) => (entry.name.includes(ids.board) ? { ...entry, data: garbage } : entry));
    expectRefused(rawZip(entries), 'not_a_document');
    const notPng = new TextEncoder().encode('<svg/>');
    const fakeImage = withManifest(parts(), (manifest) => { manifest.assets.push({ hash: sha256(notPng), mime: 'image/png', bytes: notPng.length }); });
    expectRefused(rawZip([...fakeImage, { name: `assets/${sha256(notPng)}`, data: notPng }]), 'not_an_image');
    expectRefused(new TextEncoder().encode('{"format":"minga-archive"}'), 'not_zip');
  });

  it('refuses an oversized file before reading it', () => {
    const oversized = new Uint8Array(maxArchiveBytes + 1);
    oversized.set(good);
    expectRefused(oversized, 'too_large');
  });
});
