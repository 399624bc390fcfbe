import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { addElement } from '../../shared/board/ops';
import { addNote, readNotes } from '../../shared/documents/boardDoc';
import type { AppApi } from '../../shared/contract';
import { documentContent, startTestEngine, tempDataDir } from '../testing/harness';
import { exportArchive } from './exportArchive';
import { importArchive } from './importArchive';
import { storeFingerprint, unpackArchive } from './testing';

type Desk = ReturnType<typeof startTestEngine> & { remove(): void; api: AppApi };
const desks: Desk[] = [];
function desk(): Desk {
  const folder = tempDataDir('minga-archive-');
  const running = startTestEngine(folder.dir);
  const made = { ...running, remove: folder.remove, api: running.client() };
  desks.push(made);
  return made;
}
afterEach(() => {
  for (const d of desks.splice(0)) {
    d.close();
    d.remove();
  }
});
const storeOf = (d: Desk) => d.engine.store!;
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 7, 7, 7]);
const gif = new TextEncoder().encode('GIF89a-otra-imagen');

/** An exercise with a workshop, a board with a note and an image, and an image no board shows. */
async function fieldWork(d: Desk, title = 'Veredas sin señal') {
  const exercise = await d.api.createExercise({ title, leadEntity: 'Gobernación' });
  const workshop = await d.api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller rural' } });
  const board = await d.api.createBoard({ workshopId: workshop.id, fields: { title: 'Ideas' } });
  const image = await d.api.putAsset({ mime: 'image/png', bytes: png });
  storeOf(d).documents.change(board.id, (doc) => {
    addNote(doc, { id: crypto.randomUUID(), x: 1, y: 2, text: 'Camino veredal' });
    addElement(doc, { type: 'image', x: 10, y: 10, assetId: image.id }, 'test', 'tester');
  });
  storeOf(d).projector.flush();
  return { exercise, workshop, board, image };
}

function snapshot(d: Desk, id: string) {
  const { doc } = storeOf(d).documents.get(id);
  return { vector: Y.decodeStateVector(Y.encodeStateVector(doc)), content: documentContent(doc) };
}
const assetIds = (d: Desk) => storeOf(d).db.prepare<[], { id: string }>('SELECT id FROM assets ORDER BY id').all().map((row) => row.id);

describe('portable archive', () => {
  it('round-trips everything between two data folders: content, state vectors and images identical', async () => {
    const a = desk();
    const { exercise, workshop, board, image } = await fieldWork(a);
    const spare = await a.api.putAsset({ mime: 'image/gif', bytes: gif });
    const { bytes, manifest } = exportArchive(storeOf(a));
    expect(manifest.scope).toEqual({ all: true });
    expect(manifest.documents.map((entry) => [entry.kind, entry.id, entry.exerciseId])).toEqual([
      ['exercise', exercise.id, exercise.id], ['workshop', workshop.id, exercise.id], ['board', board.id, exercise.id],
    ]);
    expect(manifest.assets.map((asset) => asset.hash).sort()).toEqual([image.id, spare.id].sort());

    const b = desk();
    const summary = importArchive(storeOf(b), bytes);
    expect({ ...summary, archive: undefined }).toEqual({ created: 3, merged: 0, unchanged: 0, assets: 2, archive: undefined });
    for (const id of [exercise.id, workshop.id, board.id]) expect(snapshot(b, id)).toEqual(snapshot(a, id));
    expect(assetIds(b)).toEqual(assetIds(a));
    expect([...(await b.api.getAsset({ id: image.id })).bytes]).toEqual([...png]);
    // Lists and search follow, as after any edit.
    expect((await b.api.listExercises({})).map((entry) => entry.title)).toEqual(['Veredas sin señal']);
    expect((await b.api.search({ query: 'veredal' })).map((hit) => hit.id)).toContain(board.id);
  });

  it('is idempotent: importing the same archive again changes nothing', async () => {
    const a = desk();
    await fieldWork(a);
    const { bytes } = exportArchive(storeOf(a));
    const b = desk();
    importArchive(storeOf(b), bytes);
    const before = storeFingerprint(storeOf(b).db);
    const again = importArchive(storeOf(b), bytes);
    expect([again.created, again.merged, again.unchanged, again.assets]).toEqual([0, 0, 3, 0]);
    expect(storeFingerprint(storeOf(b).db)).toBe(before);
    // Importing into the folder it came from is the same: nothing new there.
    const home = importArchive(storeOf(a), bytes);
    expect([home.created, home.merged, home.unchanged, home.assets]).toEqual([0, 0, 3, 0]);
  });

  it('merges concurrent divergent edits as a CRDT: both edits are kept, never overwritten', async () => {
    const a = desk();
    const { exercise, board } = await fieldWork(a);
    const b = desk();
    importArchive(storeOf(b), exportArchive(storeOf(a)).bytes);
    // Apart, each laptop edits the same board and the same exercise.
    storeOf(a).documents.change(board.id, (doc) => addNote(doc, { id: crypto.randomUUID(), x: 5, y: 5, text: 'Nota de Ana' }));
    storeOf(b).documents.change(board.id, (doc) => addNote(doc, { id: crypto.randomUUID(), x: 6, y: 6, text: 'Nota de Luis' }));
    await b.api.updateExercise({ id: exercise.id, fields: { title: 'Veredas conectadas', leadEntity: 'Gobernación' } });

    const intoA = importArchive(storeOf(a), exportArchive(storeOf(b)).bytes);
    expect([intoA.created, intoA.merged]).toEqual([0, 2]);
    const intoB = importArchive(storeOf(b), exportArchive(storeOf(a)).bytes);
    expect([intoB.created, intoB.merged]).toEqual([0, 1]);
    const texts = (d: Desk) => readNotes(storeOf(d).documents.get(board.id).doc).map((note) => note.text).sort();
    expect(texts(a)).toEqual(['Camino veredal', 'Nota de Ana', 'Nota de Luis']);
    expect(snapshot(a, board.id)).toEqual(snapshot(b, board.id));
    expect((await a.api.getExercise({ id: exercise.id })).title).toBe('Veredas conectadas');
  });

  it('brings back a board purged here, and sync no longer skips it', async () => {
    const a = desk();
    const { board } = await fieldWork(a);
    const { bytes } = exportArchive(storeOf(a));
    await a.api.deleteBoard({ id: board.id });
    await a.api.purgeBoard({ id: board.id });
    const purged = () => storeOf(a).db.prepare('SELECT COUNT(*) AS n FROM purged_documents WHERE id = ?').get(board.id) as { n: number };
    expect(purged().n).toBe(1);
    const back = importArchive(storeOf(a), bytes);
    expect([back.created, back.unchanged]).toEqual([1, 2]);
    expect(purged().n).toBe(0);
    expect(readNotes(storeOf(a).documents.get(board.id).doc).map((note) => note.text)).toEqual(['Camino veredal']);
  });

  it('exports one exercise with only the images its boards show', async () => {
    const a = desk();
    const { exercise, image } = await fieldWork(a);
    await a.api.putAsset({ mime: 'image/gif', bytes: gif });
    const other = await fieldWork(a, 'Otro ejercicio');
    const { bytes, manifest } = exportArchive(storeOf(a), { exerciseId: exercise.id });
    expect(manifest.scope).toEqual({ exerciseId: exercise.id });
    expect(new Set(manifest.documents.map((entry) => entry.exerciseId))).toEqual(new Set([exercise.id]));
    expect(manifest.assets.map((asset) => asset.hash)).toEqual([image.id]);
    expect(unpackArchive(bytes).map((entry) => entry.name)).not.toContain(`documents/${other.exercise.id}.yjs`);
    await expect(a.api.exportArchive({ exerciseId: crypto.randomUUID() })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('works through the contract: bytes out, a summary back', async () => {
    const a = desk();
    await fieldWork(a);
    const exported = await a.api.exportArchive({});
    expect(exported).toMatchObject({ documents: 3, assets: 1 });
    expect(exported.fileName).toMatch(/^minga-\d{4}-\d{2}-\d{2}\.zip$/);
    const b = desk();
    expect(await b.api.importArchive({ bytes: exported.bytes })).toEqual({ created: 3, merged: 0, unchanged: 0, assets: 1 });
    await expect(b.api.importArchive({ bytes: new TextEncoder().encode('hola') })).rejects.toMatchObject({
      code: 'invalid_input', issues: [{ path: '', key: 'archive.problem.not_zip' }],
    });
  });
});
