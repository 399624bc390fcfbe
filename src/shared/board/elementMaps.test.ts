import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { limits } from '../domain/limits';
import { elementsRoot, readElements } from './elementMaps';
import { addElement } from './ops';
import { readRichText } from './richText';

describe('readElements', () => {
  it('skips malformed entries instead of throwing', () => {
    const doc = new Y.Doc();
    const good = addElement(doc, { type: 'note', x: 0, y: 0, text: 'bien' }, 'me', 'c');
    const root = elementsRoot(doc) as Y.Map<unknown>;
    root.set('not-a-map', 'texto suelto');
    const unknownType = new Y.Map<unknown>();
    unknownType.set('type', 'sticker');
    root.set('sticker', unknownType);
    const noPosition = new Y.Map<unknown>();
    noPosition.set('type', 'note');
    root.set('no-position', noPosition);
    const badColour = new Y.Map<unknown>();
    for (const [key, value] of Object.entries({ type: 'note', x: 0, y: 0, width: 10, height: 10, color: 'neon' })) badColour.set(key, value);
    root.set('bad-colour', badColour);
    expect(readElements(doc).map((element) => element.id)).toEqual([good]);
  });

  it('cuts over-long text rather than hiding the element', () => {
    const doc = new Y.Doc();
    const id = addElement(doc, { type: 'note', x: 0, y: 0 }, 'me', 'c');
    (elementsRoot(doc).get(id)!.get('text') as Y.Text).insert(0, 'x'.repeat(limits.noteText + 50));
    expect(readElements(doc)[0]).toMatchObject({ id, text: 'x'.repeat(limits.noteText) });
  });
});

describe('readRichText', () => {
  it('keeps bold and italic runs and drops unknown attributes and embeds', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'Hola ', { bold: true, color: 'red' });
    text.insert(5, 'mundo', { italic: true });
    text.insertEmbed(10, { image: 'x' });
    text.insert(11, '!');
    expect(readRichText(text)).toEqual([
      { insert: 'Hola ', attributes: { bold: true } },
      { insert: 'mundo', attributes: { italic: true } },
      { insert: '!' },
    ]);
  });
});
