import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readElement } from './elementMaps';
import { addElement, moveElements } from './ops';
import { restoreElementsEmptiedByUndo } from './undoRepair';

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');

/** Two people move the same note at the same moment; the one whose move won presses undo. */
function concurrentMoveThenUndo() {
  const ana = new Y.Doc();
  const beto = new Y.Doc();
  // Ana's client id is higher, so her concurrent value wins the key (Yjs orders by client id).
  ana.clientID = 2;
  beto.clientID = 1;
  const anaOrigin = { name: 'ana' };
  const id = addElement(ana, { type: 'note', x: 100, y: 100, width: 180, height: 120, text: 'Ruta escolar', color: 'yellow' }, 'seed', 'ana');
  sync(ana, beto);
  const undo = new Y.UndoManager(ana.getMap('elements'), { trackedOrigins: new Set([anaOrigin]) });
  moveElements(ana, [{ id, x: 300, y: 300 }], anaOrigin);
  moveElements(beto, [{ id, x: 500, y: 500 }], 'beto');
  sync(ana, beto);
  sync(beto, ana);
  expect(readElement(ana, id)).toMatchObject({ x: 300, y: 300 });
  const before = new Map([[id, readElement(ana, id)!]]);
  const changed: unknown[] = [];
  undo.on('stack-item-popped', (event: { changedParentTypes: Map<unknown, unknown> }) => changed.push(...event.changedParentTypes.keys()));
  undo.undo();
  return { ana, beto, id, before, changed };
}

describe('restoreElementsEmptiedByUndo', () => {
  it('keeps a note that an undo after a concurrent move would have emptied, where it was before the undo', () => {
    const { ana, beto, id, before, changed } = concurrentMoveThenUndo();
    // What Yjs leaves: the note has lost its position and no longer reads as an element.
    expect(readElement(ana, id)).toBeUndefined();

    expect(restoreElementsEmptiedByUndo(ana, changed, before, 'repair')).toEqual([id]);
    expect(readElement(ana, id)).toMatchObject({ x: 300, y: 300, text: 'Ruta escolar' });
    sync(ana, beto);
    expect(readElement(beto, id)).toEqual(readElement(ana, id));
  });

  it('leaves alone what the undo did not touch, and elements the undo removed on purpose', () => {
    const doc = new Y.Doc();
    const origin = { name: 'me' };
    const undo = new Y.UndoManager(doc.getMap('elements'), { trackedOrigins: new Set([origin]) });
    const kept = addElement(doc, { type: 'note', x: 0, y: 0, width: 180, height: 120, text: 'Queda', color: 'green' }, 'seed', 'me');
    const added = addElement(doc, { type: 'note', x: 10, y: 10, width: 180, height: 120, text: 'Nueva', color: 'pink' }, origin, 'me');
    const before = new Map([kept, added].map((id) => [id, readElement(doc, id)!]));
    const changed: unknown[] = [];
    undo.on('stack-item-popped', (event: { changedParentTypes: Map<unknown, unknown> }) => changed.push(...event.changedParentTypes.keys()));
    undo.undo();
    expect(restoreElementsEmptiedByUndo(doc, changed, before, 'repair')).toEqual([]);
    expect(readElement(doc, added)).toBeUndefined();
    expect(readElement(doc, kept)).toMatchObject({ text: 'Queda' });
  });
});
