import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { elementMap, readElement, readElements } from './elementMaps';
import { addElement, deleteElements, formatElementText, moveElements, resizeElement, setLocked, updateElement } from './ops';
import { elementRichText } from './richText';

const me = { user: 'ana' };

function board() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates };
}

describe('addElement', () => {
  it('fills id, z in front, creator and per-type defaults', () => {
    const { doc } = board();
    const note = addElement(doc, { type: 'note', x: 10, y: 20 }, me, 'client-a');
    const shape = addElement(doc, { type: 'shape', x: 0, y: 0 }, me, 'client-a');
    const frame = addElement(doc, { type: 'frame', x: 0, y: 0, title: 'Paso 1' }, me, 'client-a');
    const frame2 = addElement(doc, { type: 'frame', x: 900, y: 0 }, me, 'client-a');
    const text = addElement(doc, { type: 'text', x: 0, y: 0, text: 'Título' }, me, 'client-a');
    expect(note).toMatch(/^[0-9a-f-]{36}$/);
    expect(readElement(doc, note)).toEqual({
      id: note, type: 'note', x: 10, y: 20, width: 180, height: 120, z: 1, locked: false, createdBy: 'client-a',
      text: '', color: 'yellow', author: '', tags: [], hidden: false,
    });
    expect(readElement(doc, shape)).toMatchObject({ width: 160, height: 100, shape: 'rectangle', z: 2 });
    expect(readElement(doc, frame)).toMatchObject({ width: 800, height: 500, order: 0, z: 3, title: 'Paso 1' });
    expect(readElement(doc, frame2)).toMatchObject({ order: 1 });
    expect(readElement(doc, text)).toMatchObject({ text: 'Título', z: 5 });
    expect(elementMap(doc, note)!.get('text')).toBeInstanceOf(Y.Text);
  });

  it('writes each addition as one update and refuses invalid elements', () => {
    const { doc, updates } = board();
    const a = addElement(doc, { type: 'note', x: 0, y: 0 }, me, 'c');
    expect(updates).toHaveLength(1);
    // a connector needs both ends; sizes must be positive
    expect(() => addElement(doc, { type: 'connector', x: 0, y: 0, from: a } as never, me, 'c')).toThrow();
    expect(() => addElement(doc, { type: 'note', x: 0, y: 0, width: -5 }, me, 'c')).toThrow();
    expect(readElements(doc)).toHaveLength(1);
    const link = addElement(doc, { type: 'connector', x: 0, y: 0, from: a, to: a, label: 'sí' }, me, 'c');
    expect(readElement(doc, link)).toMatchObject({ from: a, to: a, arrow: true, fromSide: null, label: 'sí' });
    expect(readElement(doc, addElement(doc, { type: 'zone', x: 0, y: 0 }, me, 'c'))).toMatchObject({ locked: true });
  });
});

describe('updateElement', () => {
  it('writes text as a minimal diff so formatting outside the edit survives', () => {
    const { doc } = board();
    const id = addElement(doc, { type: 'note', x: 0, y: 0, text: 'Bus nocturno' }, me, 'c');
    formatElementText(doc, id, { index: 0, length: 3 }, { bold: true }, me);
    expect(updateElement(doc, id, { text: 'Bus nocturno rural' }, me)).toBe(true);
    expect(elementRichText(doc, id)).toEqual([{ insert: 'Bus', attributes: { bold: true } }, { insert: ' nocturno rural' }]);
    expect(updateElement(doc, id, { text: 'Bus nocturno rural' }, me)).toBe(false);
  });

  it('validates the patch, ignores fixed fields and upgrades a plain-string text', () => {
    const { doc } = board();
    const id = addElement(doc, { type: 'note', x: 0, y: 0 }, me, 'c');
    expect(() => updateElement(doc, id, { color: 'chartreuse' }, me)).toThrow();
    expect(updateElement(doc, id, { id: 'other', type: 'shape', createdBy: 'mallory' }, me)).toBe(false);
    expect(readElement(doc, id)).toMatchObject({ id, type: 'note', createdBy: 'c', color: 'yellow' });
    elementMap(doc, id)!.set('text', 'antes');
    expect(updateElement(doc, id, { text: 'después', tags: ['movilidad'] }, me)).toBe(true);
    expect(elementMap(doc, id)!.get('text')).toBeInstanceOf(Y.Text);
    expect(readElement(doc, id)).toMatchObject({ text: 'después', tags: ['movilidad'] });
    expect(updateElement(doc, id, { tags: ['movilidad'] }, me)).toBe(false);
    expect(updateElement(doc, 'missing', { text: 'x' }, me)).toBe(false);
  });

  it('keeps a locked element in place but lets its content change', () => {
    const { doc } = board();
    const id = addElement(doc, { type: 'zone', x: 5, y: 5, title: 'Socios' }, me, 'c');
    expect(updateElement(doc, id, { x: 100, title: 'Socios clave' }, me)).toBe(true);
    expect(readElement(doc, id)).toMatchObject({ x: 5, title: 'Socios clave' });
  });
});

describe('moving, resizing, deleting and locking', () => {
  it('moves a selection in one update, skipping locked elements', () => {
    const { doc, updates } = board();
    const a = addElement(doc, { type: 'note', x: 0, y: 0 }, me, 'c');
    const b = addElement(doc, { type: 'note', x: 10, y: 0 }, me, 'c');
    const zone = addElement(doc, { type: 'zone', x: 0, y: 0 }, me, 'c');
    updates.length = 0;
    expect(moveElements(doc, [{ id: a, x: 50, y: 60 }, { id: b, x: 70, y: 80 }, { id: zone, x: 9, y: 9 }, { id: 'gone', x: 1, y: 1 }], me)).toEqual([a, b]);
    expect(updates).toHaveLength(1);
    expect(readElement(doc, b)).toMatchObject({ x: 70, y: 80 });
    expect(readElement(doc, zone)).toMatchObject({ x: 0, y: 0 });
  });

  it('resizes with a minimum of 1 and refuses locked elements', () => {
    const { doc } = board();
    const a = addElement(doc, { type: 'shape', x: 0, y: 0 }, me, 'c');
    expect(resizeElement(doc, a, { x: -10, y: 5, width: 0, height: 300 }, me)).toBe(true);
    expect(readElement(doc, a)).toMatchObject({ x: -10, y: 5, width: 1, height: 300 });
    expect(resizeElement(doc, a, { x: -10, y: 5, width: 1, height: 300 }, me)).toBe(false);
    setLocked(doc, [a], true, me);
    expect(resizeElement(doc, a, { x: 0, y: 0, width: 50, height: 50 }, me)).toBe(false);
  });

  it('deletes unlocked elements and the connectors attached to them', () => {
    const { doc } = board();
    const a = addElement(doc, { type: 'note', x: 0, y: 0 }, me, 'c');
    const b = addElement(doc, { type: 'note', x: 300, y: 0 }, me, 'c');
    const c = addElement(doc, { type: 'note', x: 600, y: 0 }, me, 'c');
    const ab = addElement(doc, { type: 'connector', x: 0, y: 0, from: a, to: b }, me, 'c');
    const bc = addElement(doc, { type: 'connector', x: 0, y: 0, from: b, to: c }, me, 'c');
    const zone = addElement(doc, { type: 'zone', x: 0, y: 0 }, me, 'c');
    expect(deleteElements(doc, [a, zone], me).sort()).toEqual([a, ab].sort());
    expect(readElements(doc).map((element) => element.id).sort()).toEqual([b, c, bc, zone].sort());
    expect(setLocked(doc, [zone, b], false, me)).toEqual([zone]);
    expect(deleteElements(doc, [zone], me)).toEqual([zone]);
    expect(deleteElements(doc, ['nothing'], me)).toEqual([]);
  });

  it('formats only elements with rich text', () => {
    const { doc } = board();
    const frame = addElement(doc, { type: 'frame', x: 0, y: 0 }, me, 'c');
    const note = addElement(doc, { type: 'note', x: 0, y: 0, text: 'uno dos' }, me, 'c');
    expect(formatElementText(doc, frame, { index: 0, length: 1 }, { bold: true }, me)).toBe(false);
    formatElementText(doc, note, { index: 0, length: 7 }, { italic: true, bold: true }, me);
    formatElementText(doc, note, { index: 4, length: 3 }, { bold: false }, me);
    expect(elementRichText(doc, note)).toEqual([
      { insert: 'uno ', attributes: { bold: true, italic: true } },
      { insert: 'dos', attributes: { italic: true } },
    ]);
  });
});
