import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addElement, updateElement, formatElementText } from '../../shared/board/ops';
import { createElementStore } from './elementStore';

const origin = { name: 'test' };

describe('element store', () => {
  it('follows the document and keeps unchanged elements identical', () => {
    const doc = new Y.Doc();
    const a = addElement(doc, { type: 'note', x: 0, y: 0, text: 'uno' }, origin, 'me');
    const store = createElementStore(doc);
    let heard = 0;
    store.subscribe(() => (heard += 1));
    const first = store.getSnapshot();
    const b = addElement(doc, { type: 'note', x: 200, y: 0, text: 'dos' }, origin, 'me');
    const second = store.getSnapshot();
    expect(heard).toBe(1);
    expect(second.get(a)).toBe(first.get(a));
    expect(second.get(b)).toMatchObject({ type: 'note', text: 'dos' });

    updateElement(doc, b, { text: 'dos y tres' }, origin);
    expect(store.getSnapshot().get(a)).toBe(first.get(a));
    expect(store.getSnapshot().get(b)).toMatchObject({ text: 'dos y tres' });
  });

  it('reports formatting, which changes no plain value', () => {
    const doc = new Y.Doc();
    const id = addElement(doc, { type: 'note', x: 0, y: 0, text: 'negrita' }, origin, 'me');
    const store = createElementStore(doc);
    const before = store.getSnapshot().get(id);
    formatElementText(doc, id, { index: 0, length: 3 }, { bold: true }, origin);
    const after = store.getSnapshot().get(id);
    expect(after).not.toBe(before);
    expect(after?.rich).toEqual([{ insert: 'neg', attributes: { bold: true } }, { insert: 'rita' }]);
  });

  it('drops deleted elements and stops listening when destroyed', () => {
    const doc = new Y.Doc();
    const id = addElement(doc, { type: 'text', x: 0, y: 0, text: 'título' }, origin, 'me');
    const store = createElementStore(doc);
    doc.getMap('elements').delete(id);
    expect(store.getSnapshot().size).toBe(0);
    store.destroy();
    addElement(doc, { type: 'text', x: 0, y: 0 }, origin, 'me');
    expect(store.getSnapshot().size).toBe(0);
  });
});
