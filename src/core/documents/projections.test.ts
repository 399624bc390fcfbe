import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote } from '../../shared/documents/boardDoc';
import { startTestEngine, tempDataDir } from '../testing/harness';

describe('projections', () => {
  let folder: ReturnType<typeof tempDataDir>;
  beforeEach(() => {
    folder = tempDataDir();
  });
  afterEach(() => folder.remove());

  it('repairs at start-up a projection a crash left behind the log', async () => {
    const first = startTestEngine(folder.dir);
    const api = first.client();
    const exercise = await api.createExercise({ title: 'Reto' });
    const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller' } });
    const board = await api.createBoard({ workshopId: workshop.id, fields: { title: 'Tablero' } });
    const state = (await api.openBoard({ id: board.id })).state;
    first.close();

    // An update that reached the log, but whose projection never ran (the process died).
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    let update: Uint8Array | undefined;
    doc.on('update', (bytes: Uint8Array) => (update = bytes));
    addNote(doc, { id: crypto.randomUUID(), x: 0, y: 0, text: 'sobrevivió al apagón' });
    const db = new Database(join(folder.dir, 'minga.sqlite'));
    const seq = (db.prepare('SELECT MAX(seq) AS seq FROM document_updates WHERE doc_id = ?').get(board.id) as { seq: number }).seq;
    db.prepare('INSERT INTO document_updates (doc_id, seq, data) VALUES (?, ?, ?)').run(board.id, seq + 1, update);
    db.close();

    const second = startTestEngine(folder.dir);
    const again = second.client();
    expect((await again.listBoards({ workshopId: workshop.id }))[0]?.elementCount).toBe(1);
    expect((await again.search({ query: 'apagon' })).map((hit) => hit.id)).toEqual([board.id]);
    second.close();
  });

  it('refreshes board projections shortly after a burst of edits', async () => {
    const running = startTestEngine(folder.dir, { projectionDelayMs: 10 });
    const api = running.client();
    const exercise = await api.createExercise({ title: 'Reto' });
    const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller' } });
    const board = await api.createBoard({ workshopId: workshop.id, fields: { title: 'Tablero' } });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await api.openBoard({ id: board.id })).state);
    const updates: Uint8Array[] = [];
    doc.on('update', (bytes: Uint8Array) => updates.push(bytes));
    for (let index = 0; index < 3; index += 1) addNote(doc, { id: crypto.randomUUID(), x: index, y: 0, text: `idea ${index}` });
    for (const update of updates) await api.applyBoardUpdate({ id: board.id, update });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const row = running.engine.store!.db.prepare('SELECT element_count FROM boards WHERE id = ?').get(board.id);
    expect(row).toEqual({ element_count: 3 });
    running.close();
  });

  it('holds projections during a bulk job, then catches up in slices and says when it is done', async () => {
    const running = startTestEngine(folder.dir, { backgroundSync: false });
    const store = running.engine.store!;
    const projected = () => (store.db.prepare("SELECT count(*) AS n FROM boards").get() as { n: number }).n;
    // Nothing waiting: resolved at once.
    await store.projector.drained();

    const release = store.projector.hold();
    for (let index = 0; index < 45; index += 1) {
      const doc = new Y.Doc();
      doc.getMap('meta').set('kind', 'board');
      doc.getMap('board').set('title', `Tablero ${index}`);
      store.documents.adopt(`b${index}`, 'board', Y.encodeStateAsUpdate(doc), 'hub');
      store.projector.schedule(`b${index}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(projected()).toBe(0);

    let done = false;
    const drained = store.projector.drained().then(() => {
      done = true;
    });
    release();
    expect(done).toBe(false);
    await drained;
    expect(done).toBe(true);
    expect(projected()).toBe(45);
    running.close();
  });
});
