import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { copySelection, duplicateElements, parseClipboard, pasteElements, serializeClipboard } from './clipboard';
import { readElement, readElements } from './elementMaps';
import type { ConnectorElement } from './elements';
import { addElement, formatElementText } from './ops';
import { elementRichText } from './richText';

const me = 'me';

function source() {
  const doc = new Y.Doc();
  const a = addElement(doc, { type: 'note', x: 100, y: 100, text: 'Idea A', color: 'green', author: 'Ana', tags: ['agua'] }, me, 'ana');
  const b = addElement(doc, { type: 'shape', x: 400, y: 200, text: 'Paso' }, me, 'ana');
  const c = addElement(doc, { type: 'note', x: 900, y: 900, text: 'Fuera' }, me, 'ana');
  const ab = addElement(doc, { type: 'connector', x: 0, y: 0, from: a, to: b, label: 'lleva a' }, me, 'ana');
  const bc = addElement(doc, { type: 'connector', x: 0, y: 0, from: b, to: c }, me, 'ana');
  formatElementText(doc, a, { index: 0, length: 4 }, { bold: true }, me);
  return { doc, a, b, c, ab, bc };
}

describe('copy and paste', () => {
  it('copies the selection with the connectors between its elements only', () => {
    const { doc, a, b, ab } = source();
    const payload = copySelection(doc, [a, b]);
    expect(payload.format).toBe('minga/board-elements');
    expect(payload.version).toBe(1);
    expect(payload.elements.map((element) => element.id).sort()).toEqual([a, b, ab].sort());
    expect(payload.richText[a]).toEqual([{ insert: 'Idea', attributes: { bold: true } }, { insert: ' A' }]);
    expect(payload.richText[b]).toBeUndefined();
  });

  it('pastes into another board with new ids, re-pointed connectors, formatting and placement', () => {
    const { doc, a, b } = source();
    const text = serializeClipboard(copySelection(doc, [a, b]));
    const target = new Y.Doc();
    const existing = addElement(target, { type: 'note', x: 0, y: 0 }, me, 'luis');
    const payload = parseClipboard(text)!;
    const created = pasteElements(target, payload, { x: 1000, y: 2000 }, me, 'luis');
    expect(created).toHaveLength(3);
    expect(created).not.toContain(a);
    const pasted = created.map((id) => readElement(target, id)!);
    const note = pasted.find((element) => element.type === 'note')!;
    const shape = pasted.find((element) => element.type === 'shape')!;
    const link = pasted.find((element) => element.type === 'connector') as ConnectorElement;
    expect(note).toMatchObject({ x: 1000, y: 2000, text: 'Idea A', color: 'green', author: 'Ana', tags: ['agua'], createdBy: 'luis' });
    expect(shape).toMatchObject({ x: 1300, y: 2100 });
    expect(link).toMatchObject({ from: note.id, to: shape.id, label: 'lleva a' });
    expect(Math.min(...pasted.map((element) => element.z))).toBeGreaterThan(readElement(target, existing)!.z);
    expect(elementRichText(target, note.id)).toEqual([{ insert: 'Idea', attributes: { bold: true } }, { insert: ' A' }]);
    // Pasting again gives fresh ids again.
    const again = pasteElements(target, payload, { x: 0, y: 0 }, me, 'luis');
    expect(again.filter((id) => created.includes(id))).toEqual([]);
    expect(readElements(target)).toHaveLength(7);
  });

  it('validates foreign clipboard text', () => {
    expect(parseClipboard('hola')).toBeUndefined();
    expect(parseClipboard('{"format":"other","version":1,"elements":[]}')).toBeUndefined();
    expect(parseClipboard(JSON.stringify({ format: 'minga/board-elements', version: 1, elements: [{ type: 'note', id: 'x' }] }))).toBeUndefined();
    expect(parseClipboard(JSON.stringify({ format: 'minga/board-elements', version: 2, elements: [] }))).toBeUndefined();
    expect(parseClipboard(JSON.stringify({ format: 'minga/board-elements', version: 1, elements: [] }))).toEqual({
      format: 'minga/board-elements', version: 1, elements: [], richText: {},
    });
  });

  it('drops a pasted connector whose ends are missing and ignores rich text that does not match', () => {
    const { doc, a, bc } = source();
    const payload = copySelection(doc, [a]);
    payload.elements.push(readElement(doc, bc)!);
    payload.richText[a] = [{ insert: 'otra cosa', attributes: { bold: true } }];
    const target = new Y.Doc();
    const created = pasteElements(target, payload, { x: 0, y: 0 }, me, 'luis');
    expect(created).toHaveLength(1);
    expect(readElement(target, created[0]!)).toMatchObject({ text: 'Idea A' });
    expect(elementRichText(target, created[0]!)).toEqual([{ insert: 'Idea A' }]);
  });
});

describe('duplicate', () => {
  it('duplicates beside the originals, connectors between them included, in one update', () => {
    const { doc, a, b, c } = source();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const created = duplicateElements(doc, [a, b], { x: 20, y: 20 }, me, 'ana');
    expect(updates).toHaveLength(1);
    expect(created).toHaveLength(3);
    const copies = created.map((id) => readElement(doc, id)!);
    expect(copies.find((element) => element.type === 'note')).toMatchObject({ x: 120, y: 120, text: 'Idea A' });
    const link = copies.find((element) => element.type === 'connector') as ConnectorElement;
    expect(created).toContain(link.from);
    expect(created).toContain(link.to);
    expect(readElements(doc)).toHaveLength(8);
    expect(duplicateElements(doc, [], { x: 1, y: 1 }, me, 'ana')).toEqual([]);
    expect(readElement(doc, c)).toMatchObject({ x: 900 });
  });
});
