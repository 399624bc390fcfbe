import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readElements } from '../../shared/documents/boardDoc';
import { methodToolRoot } from '../../shared/documents/methodRoots';
import { boardV1Ids, boardV1Update } from '../../shared/documents/fixtures/boardV1';
import { readMeta } from '../../shared/documents/schema';
import type { ApiError } from '../../shared/domain/errors';
import { templateById } from '../../shared/templates';
import { startTestEngine, tempDataDir } from '../testing/harness';
import { engineForEachTest } from '../testing/engineForEachTest';

describe('boards from templates', () => {
  const fixture = engineForEachTest();

  async function workshop(api = fixture.running.client()) {
    const exercise = await api.createExercise({ title: 'Movilidad rural' });
    return { api, workshop: await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller 1' } }) };
  }

  it('creates a board with the template zones in the facilitator language', async () => {
    const { api, workshop: { id: workshopId } } = await workshop();
    const swot = templateById('swot')!;
    const board = await api.createBoard({ workshopId, fields: { title: 'DOFA del reto', kind: 'swot' }, locale: 'en' });
    expect(board).toMatchObject({ kind: 'swot', title: 'DOFA del reto', elementCount: swot.defaultElements.length });
    const opened = await api.openBoard({ id: board.id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    const zones = readElements(doc).filter((element) => element.type === 'zone');
    expect(zones.map((zone) => zone.title).sort()).toEqual(swot.zones.map((zone) => zone.title.en).sort());
    expect(zones.every((zone) => zone.locked)).toBe(true);
    expect((await api.listBoards({ workshopId })).map((summary) => summary.kind)).toEqual(['swot']);
    // zone titles are searchable in the language they were written in
    expect((await api.search({ query: swot.zones[0]!.title.en })).map((hit) => hit.id)).toContain(board.id);
  });

  it('defaults to Spanish and a blank board, and refuses unknown kinds', async () => {
    const { api, workshop: { id: workshopId } } = await workshop();
    const bmc = await api.createBoard({ workshopId, fields: { title: 'Modelo', kind: 'bmc' } });
    const opened = await api.openBoard({ id: bmc.id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    const titles = readElements(doc).filter((element) => element.type === 'zone').map((zone) => zone.title);
    expect(titles).toEqual(expect.arrayContaining(templateById('bmc')!.zones.map((zone) => zone.title['es-CO'])));
    const blank = await api.createBoard({ workshopId, fields: { title: 'Libre' } });
    expect(blank).toMatchObject({ kind: 'blank', elementCount: 0 });
    const refused = await api.createBoard({ workshopId, fields: { title: 'X', kind: 'kanban' as never } }).catch((caught: unknown) => caught);
    expect((refused as ApiError).code).toBe('invalid_input');
  });

  it('keeps a method tool\'s data in the board document: saved, searchable, reopened', async () => {
    const { api, workshop: { id: workshopId } } = await workshop();
    const board = await api.createBoard({ workshopId, fields: { title: 'Casos de gobierno digital', kind: 'benchmarking' } });
    expect(board.kind).toBe('benchmarking');
    const opened = await api.openBoard({ id: board.id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    const before = Y.encodeStateVector(doc);
    const row = new Y.Map<unknown>();
    row.set('organisation', 'Agencia de Gobierno Electrónico de Uruguay');
    methodToolRoot(doc, 'benchmark').set('cases', new Y.Map([['c1', row]]));
    await api.applyBoardUpdate({ id: board.id, update: Y.encodeStateAsUpdate(doc, before) });
    expect((await api.search({ query: 'gobierno electronico uruguay' })).map((hit) => hit.id)).toEqual([board.id]);

    const again = new Y.Doc();
    Y.applyUpdate(again, (await api.openBoard({ id: board.id })).state);
    const cases = methodToolRoot(again, 'benchmark').get('cases') as Y.Map<Y.Map<unknown>>;
    expect(cases.get('c1')?.get('organisation')).toBe('Agencia de Gobierno Electrónico de Uruguay');
  });
});

describe('boards written by Minga 0.1', () => {
  it('opens a version-1 board migrated, with its notes counted and searchable', async () => {
    const folder = tempDataDir();
    try {
      let running = startTestEngine(folder.dir);
      running.close();
      const db = new Database(`${folder.dir}/minga.sqlite`);
      const id = '5c0ffee0-1234-4abc-8def-0123456789ab';
      db.prepare("INSERT INTO documents (id, kind, snapshot, snapshot_seq, projected_seq, created_at) VALUES (?, 'board', ?, 1, 0, '2026-03-02T14:00:00.000Z')")
        .run(id, Buffer.from(boardV1Update()));
      db.close();
      running = startTestEngine(folder.dir);
      try {
        const api = running.client();
        const opened = await api.openBoard({ id });
        expect(opened.summary).toMatchObject({ title: 'Lluvia de ideas', kind: 'blank', elementCount: 3 });
        const doc = new Y.Doc();
        Y.applyUpdate(doc, opened.state);
        expect(readMeta(doc)?.schemaVersion).toBe(2);
        expect(readElements(doc).find((element) => element.id === boardV1Ids.window)).toMatchObject({ z: 1, text: 'Ventanilla móvil' });
        expect((await api.search({ query: 'participacion' })).map((hit) => hit.id)).toEqual([id]);
      } finally {
        running.close();
      }
    } finally {
      folder.remove();
    }
  });
});
