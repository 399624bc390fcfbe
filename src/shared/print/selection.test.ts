import { describe, expect, it } from 'vitest';
import type { BoardElement } from '../board/elements';
import { parsePrintQuery, printQuery, PrintOptions } from './options';
import { selectedElements } from './selection';

const base = { x: 0, y: 0, width: 100, height: 100, z: 1, locked: false, createdBy: '' };
const note = (id: string) => ({ ...base, id, type: 'note', text: id, color: 'yellow', bold: false, italic: false, author: '', tags: [], hidden: false }) as unknown as BoardElement;
const connector = (id: string, from: string, to: string) => ({ ...base, id, type: 'connector', from, to, fromSide: null, toSide: null, label: '', arrow: true }) as unknown as BoardElement;

describe('exporting a selection', () => {
  it('keeps the selected elements and the connectors between them, nothing else', () => {
    const board = [note('a'), note('b'), note('c'), connector('ab', 'a', 'b'), connector('bc', 'b', 'c')];
    expect(selectedElements(board, ['a', 'b']).map((element) => element.id)).toEqual(['a', 'b', 'ab']);
    expect(selectedElements(board, ['c']).map((element) => element.id)).toEqual(['c']);
  });

  it('travels in the print view address and comes back; a bad list is ignored, not trusted', () => {
    const options = PrintOptions.parse({});
    expect(parsePrintQuery(printQuery(options, 'image', ['a1', 'b-2'])).only).toEqual(['a1', 'b-2']);
    expect(parsePrintQuery(printQuery(options, 'image')).only).toBeUndefined();
    expect(parsePrintQuery('only=a,<script>').only).toBeUndefined();
  });
});
