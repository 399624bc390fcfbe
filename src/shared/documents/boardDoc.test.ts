import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addElement } from '../board/ops';
import { addNote, boardElementCount, boardText, readBoardHeader, readElements, readNotes } from './boardDoc';
import { boardV1Ids, boardV1Update } from './fixtures/boardV1';
import { currentSchemaVersion, migrateDocument, readMeta } from './schema';

function v1Board(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, boardV1Update(), 'load');
  return doc;
}

describe('board schema 2 migration', () => {
  it('reads a real version-1 board before migration: its notes lack the v2 fields but still show', () => {
    const doc = v1Board();
    expect(readMeta(doc)?.schemaVersion).toBe(1);
    expect(readNotes(doc)).toHaveLength(3);
    // The lenient reader still shows them (an unmigrated peer may send such notes).
    expect(readElements(doc)).toHaveLength(3);
    const raw = doc.getMap<Y.Map<unknown>>('elements').get(boardV1Ids.night)!;
    expect(raw.has('z')).toBe(false);
  });

  it('fills the new fields, orders notes by reading order and keeps text and colours', () => {
    const doc = v1Board();
    expect(migrateDocument(doc)).toBe(true);
    expect(readMeta(doc)?.schemaVersion).toBe(currentSchemaVersion.board);
    expect(currentSchemaVersion.board).toBe(2);
    const raw = doc.getMap<Y.Map<unknown>>('elements');
    for (const id of Object.values(boardV1Ids)) {
      const map = raw.get(id)!;
      expect([...map.keys()].sort()).toEqual(
        ['author', 'color', 'createdBy', 'height', 'hidden', 'locked', 'tags', 'text', 'type', 'width', 'x', 'y', 'z'],
      );
      expect(map.get('text')).toBeInstanceOf(Y.Text);
    }
    const byId = new Map(readElements(doc).map((element) => [element.id, element]));
    expect(byId.get(boardV1Ids.window)).toMatchObject({ type: 'note', z: 1, text: 'Ventanilla móvil', locked: false, hidden: false, tags: [], author: '' });
    expect(byId.get(boardV1Ids.participation)).toMatchObject({ z: 2, text: 'Participación ciudadana', color: 'yellow' });
    expect(byId.get(boardV1Ids.night)).toMatchObject({ z: 3, x: 40, y: 300, color: 'green', width: 180, height: 120 });
    expect(readBoardHeader(doc)).toEqual({ title: 'Lluvia de ideas', kind: 'blank', createdAt: '2026-03-02T14:00:00.000Z' });
    expect(migrateDocument(doc)).toBe(false);
  });

  it('two copies migrated independently merge without conflicting values', () => {
    const a = v1Board();
    const b = v1Board();
    migrateDocument(a);
    migrateDocument(b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const zs = (doc: Y.Doc) => readElements(doc).map((element) => [element.id, element.z, (element as { text: string }).text]).sort();
    expect(zs(a)).toEqual(zs(b));
    expect(readElements(a).map((element) => (element as { text: string }).text).sort()).toEqual(
      ['Participación ciudadana', 'Rutas de bus nocturnas', 'Ventanilla móvil'],
    );
  });

  it('keeps text typed into a migrated note by an unmigrated peer', () => {
    const migrated = v1Board();
    const old = v1Board();
    migrateDocument(migrated);
    const text = old.getMap<Y.Map<unknown>>('elements').get(boardV1Ids.window)!.get('text') as Y.Text;
    text.insert(text.length, ' rural');
    Y.applyUpdate(migrated, Y.encodeStateAsUpdate(old));
    expect(readElements(migrated).find((element) => element.id === boardV1Ids.window)).toMatchObject({ text: 'Ventanilla móvil rural' });
  });
});

describe('board text and counts', () => {
  it('indexes every kind of text except notes hidden by private mode', () => {
    const doc = new Y.Doc();
    const a = addElement(doc, { type: 'note', x: 0, y: 0, text: 'nota visible' }, 'me', 'c');
    const b = addElement(doc, { type: 'note', x: 0, y: 0, text: 'nota secreta', hidden: true }, 'me', 'c');
    addElement(doc, { type: 'text', x: 0, y: 0, text: 'etiqueta' }, 'me', 'c');
    addElement(doc, { type: 'shape', x: 0, y: 0, text: 'forma' }, 'me', 'c');
    addElement(doc, { type: 'frame', x: 0, y: 0, title: 'marco' }, 'me', 'c');
    addElement(doc, { type: 'zone', x: 0, y: 0, title: 'zona', prompt: '¿pregunta?' }, 'me', 'c');
    addElement(doc, { type: 'connector', x: 0, y: 0, from: a, to: b, label: 'enlace' }, 'me', 'c');
    const text = boardText(doc).split('\n').sort();
    expect(text).toEqual(['enlace', 'etiqueta', 'forma', 'marco', 'nota visible', 'zona', '¿pregunta?'].sort());
    // zones and connectors are structure: 2 notes + text + shape + frame
    expect(boardElementCount(readElements(doc))).toBe(5);
  });

  it('addNote still writes a note the old readers and the new ones both understand', () => {
    const doc = new Y.Doc();
    addNote(doc, { id: 'n1', x: 1, y: 2, text: 'hola' });
    addNote(doc, { id: 'n2', x: 3, y: 4 });
    expect(readNotes(doc)).toEqual([
      { id: 'n1', type: 'note', x: 1, y: 2, width: 180, height: 120, color: 'yellow', text: 'hola' },
      { id: 'n2', type: 'note', x: 3, y: 4, width: 180, height: 120, color: 'yellow', text: '' },
    ]);
    expect(readElements(doc).map((element) => element.z)).toEqual([1, 2]);
  });
});
