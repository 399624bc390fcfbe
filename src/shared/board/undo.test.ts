import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { alignElements } from './arrange';
import { duplicateElements, copySelection, pasteElements } from './clipboard';
import { elementsRoot, readElement, readElements } from './elementMaps';
import { addElement, deleteElements, moveElements, updateElement } from './ops';

/** Two people, each with their own copy of the board, exchanging updates as the core relays them. */
function twoPeople() {
  const remote = 'remote';
  const people = ['ana', 'luis'].map((name) => {
    const doc = new Y.Doc();
    const origin = { name };
    const undo = new Y.UndoManager(elementsRoot(doc), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    return { name, doc, origin, undo };
  });
  const [ana, luis] = people as [typeof people[0], typeof people[0]];
  ana.doc.on('update', (update: Uint8Array, origin: unknown) => origin !== remote && Y.applyUpdate(luis.doc, update, remote));
  luis.doc.on('update', (update: Uint8Array, origin: unknown) => origin !== remote && Y.applyUpdate(ana.doc, update, remote));
  return { ana, luis };
}

const texts = (doc: Y.Doc) => readElements(doc).map((element) => (element as { text?: string }).text).sort();

describe('per-user undo', () => {
  it('undoes only my own edits, each operation as one step', () => {
    const { ana, luis } = twoPeople();
    const note = addElement(ana.doc, { type: 'note', x: 0, y: 0, text: 'de Ana' }, ana.origin, 'ana');
    addElement(luis.doc, { type: 'note', x: 300, y: 0, text: 'de Luis' }, luis.origin, 'luis');
    moveElements(ana.doc, [{ id: note, x: 50, y: 50 }], ana.origin);
    updateElement(luis.doc, note, { color: 'pink' }, luis.origin);
    expect(texts(ana.doc)).toEqual(['de Ana', 'de Luis']);

    ana.undo.undo(); // Ana's move, not Luis's colour
    expect(readElement(luis.doc, note)).toMatchObject({ x: 0, y: 0, color: 'pink' });
    ana.undo.redo();
    luis.undo.undo(); // Luis's colour, not Ana's move
    expect(readElement(ana.doc, note)).toMatchObject({ x: 50, y: 50, color: 'yellow' });
    ana.undo.undo();
    ana.undo.undo(); // Ana's note, not Luis's
    expect(texts(luis.doc)).toEqual(['de Luis']);
    expect(texts(ana.doc)).toEqual(['de Luis']);
    expect(ana.undo.undoStack).toHaveLength(0);
    luis.undo.undo(); // Luis's note
    expect(texts(ana.doc)).toEqual([]);
    ana.undo.redo();
    expect(readElement(luis.doc, note)).toMatchObject({ text: 'de Ana', x: 0, y: 0 });
  });

  it('undoes a multi-element operation (delete with connectors, duplicate, paste, align) in one step', () => {
    const { ana, luis } = twoPeople();
    const a = addElement(ana.doc, { type: 'note', x: 0, y: 0 }, ana.origin, 'ana');
    const b = addElement(ana.doc, { type: 'note', x: 300, y: 70 }, ana.origin, 'ana');
    addElement(ana.doc, { type: 'connector', x: 0, y: 0, from: a, to: b }, ana.origin, 'ana');
    const steps = ana.undo.undoStack.length;

    deleteElements(ana.doc, [a], ana.origin);
    expect(readElements(luis.doc)).toHaveLength(1);
    ana.undo.undo();
    expect(readElements(luis.doc)).toHaveLength(3);

    duplicateElements(ana.doc, [a, b], { x: 10, y: 10 }, ana.origin, 'ana');
    pasteElements(ana.doc, copySelection(ana.doc, [a]), { x: 900, y: 900 }, ana.origin, 'ana');
    alignElements(ana.doc, [a, b], 'top', ana.origin);
    expect(readElements(luis.doc)).toHaveLength(7);
    ana.undo.undo();
    expect(readElement(luis.doc, b)).toMatchObject({ y: 70 });
    ana.undo.undo();
    expect(readElements(luis.doc)).toHaveLength(6);
    ana.undo.undo();
    expect(readElements(luis.doc)).toHaveLength(3);
    expect(ana.undo.undoStack).toHaveLength(steps);
  });
});
