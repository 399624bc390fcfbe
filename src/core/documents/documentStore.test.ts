import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote, readNotes } from '../../shared/documents/boardDoc';
import { initBoardDoc } from '../../shared/documents/boardDoc';
import { tempDataDir } from '../testing/harness';
import { openDatabase, type Db } from '../store/database';
import { DocumentStore } from './documentStore';

const parents = { exerciseId: crypto.randomUUID(), workshopId: crypto.randomUUID() };

describe('DocumentStore', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let db: Db;
  beforeEach(() => {
    folder = tempDataDir();
    db = openDatabase(join(folder.dir, 'minga.sqlite'));
  });
  afterEach(() => {
    if (db.open) db.close();
    folder.remove();
  });

  const countUpdates = (id: string) => (db.prepare('SELECT COUNT(*) AS n FROM document_updates WHERE doc_id = ?').get(id) as { n: number }).n;

  it('appends one log row per update and rebuilds the document from the log', () => {
    const store = new DocumentStore(db, { compactAfter: 1_000 });
    const id = crypto.randomUUID();
    store.create(id, 'board', (doc) => initBoardDoc(doc, parents, 'Tablero', 'blank', '2026-11-27T00:00:00Z'));
    for (let index = 0; index < 5; index += 1) {
      store.change(id, (doc) => addNote(doc, { id: crypto.randomUUID(), x: index, y: 0, text: `nota ${index}` }));
    }
    expect(countUpdates(id)).toBe(6);
    const fresh = new DocumentStore(db);
    expect(readNotes(fresh.get(id).doc)).toHaveLength(5);
  });

  it('folds the log into a snapshot without losing content', () => {
    const store = new DocumentStore(db, { compactAfter: 1_000 });
    const id = crypto.randomUUID();
    store.create(id, 'board', (doc) => initBoardDoc(doc, parents, 'Tablero', 'blank', '2026-11-27T00:00:00Z'));
    for (let index = 0; index < 20; index += 1) store.change(id, (doc) => addNote(doc, { id: crypto.randomUUID(), x: index, y: 0 }));
    expect(store.compact(id)).toBe(true);
    expect(countUpdates(id)).toBe(0);
    store.change(id, (doc) => addNote(doc, { id: crypto.randomUUID(), x: 99, y: 0 }));
    expect(countUpdates(id)).toBe(1);
    const fresh = new DocumentStore(db);
    expect(readNotes(fresh.get(id).doc)).toHaveLength(21);
  });

  it('opens a document from what is stored: the log folded once without decoding, then the snapshot as stored', () => {
    const writer = new DocumentStore(db, { compactAfter: 1_000 });
    const id = crypto.randomUUID();
    writer.create(id, 'board', (doc) => initBoardDoc(doc, parents, 'Tablero', 'blank', '2026-11-27T00:00:00Z'));
    for (let index = 0; index < 3; index += 1) writer.change(id, (doc) => addNote(doc, { id: crypto.randomUUID(), x: index, y: 0, text: `nota ${index}` }));
    const notesIn = (state: Uint8Array) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      return readNotes(doc).map((note) => note.text).sort();
    };

    const reader = new DocumentStore(db);
    const first = reader.openState(id);
    expect(notesIn(first)).toEqual(['nota 0', 'nota 1', 'nota 2']);
    // The merge became the snapshot: nothing left in the log, and the next opening sends it as stored.
    expect(countUpdates(id)).toBe(0);
    expect(Buffer.from(reader.openState(id)).equals(Buffer.from(first))).toBe(true);

    // In memory and unchanged since the snapshot: still the stored bytes. After an edit: the live state.
    reader.get(id);
    expect(Buffer.from(reader.openState(id)).equals(Buffer.from(first))).toBe(true);
    reader.change(id, (doc) => addNote(doc, { id: crypto.randomUUID(), x: 9, y: 9, text: 'nota nueva' }));
    expect(notesIn(reader.openState(id))).toEqual(['nota 0', 'nota 1', 'nota 2', 'nota nueva']);
  });

  it('stores a client update verbatim and produces nothing for a no-op change', () => {
    const store = new DocumentStore(db);
    const id = crypto.randomUUID();
    store.create(id, 'board', (doc) => initBoardDoc(doc, parents, 'Tablero', 'blank', '2026-11-27T00:00:00Z'));
    const client = new Y.Doc();
    Y.applyUpdate(client, store.encodeState(id));
    let update: Uint8Array | undefined;
    client.on('update', (bytes: Uint8Array) => (update = bytes));
    addNote(client, { id: crypto.randomUUID(), x: 1, y: 2, text: 'desde el cliente' });
    store.applyUpdate(id, update!, 'client');
    const stored = db.prepare('SELECT data FROM document_updates WHERE doc_id = ? ORDER BY seq DESC LIMIT 1').get(id) as { data: Buffer };
    expect(Buffer.from(update!).equals(stored.data)).toBe(true);
    expect(store.change(id, () => undefined)).toBeNull();
  });

  it('forgets the in-memory document when writing fails, so memory never runs ahead of disk', () => {
    const store = new DocumentStore(db);
    const id = crypto.randomUUID();
    store.create(id, 'board', (doc) => initBoardDoc(doc, parents, 'Tablero', 'blank', '2026-11-27T00:00:00Z'));
    db.exec('CREATE TRIGGER refuse BEFORE INSERT ON document_updates BEGIN SELECT RAISE(FAIL, \'disk full\'); END');
    expect(() => store.change(id, (doc) => addNote(doc, { id: crypto.randomUUID(), x: 0, y: 0 }))).toThrow('disk full');
    db.exec('DROP TRIGGER refuse');
    expect(readNotes(store.get(id).doc)).toHaveLength(0);
  });
});
