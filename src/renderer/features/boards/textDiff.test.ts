import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextChange, diffText } from './textDiff';

describe('diffText', () => {
  it('returns nothing for equal text', () => {
    expect(diffText('idea', 'idea')).toBeUndefined();
  });

  it('finds an insertion in the middle', () => {
    expect(diffText('participación', 'participación ciudadana')).toEqual({ index: 13, deleteCount: 0, insert: ' ciudadana' });
    expect(diffText('abcd', 'abXcd')).toEqual({ index: 2, deleteCount: 0, insert: 'X' });
  });

  it('finds a deletion and a replacement', () => {
    expect(diffText('abcdef', 'abef')).toEqual({ index: 2, deleteCount: 2, insert: '' });
    expect(diffText('mapa de actores', 'mapa de empatía')).toEqual({ index: 8, deleteCount: 7, insert: 'empatía' });
  });

  it('handles repeated characters without overlapping prefix and suffix', () => {
    expect(diffText('aaa', 'aaaa')).toEqual({ index: 3, deleteCount: 0, insert: 'a' });
    expect(diffText('aaaa', 'aa')).toEqual({ index: 2, deleteCount: 2, insert: '' });
  });

  it('never splits a surrogate pair', () => {
    const change = diffText('a😀b', 'a😃b');
    expect(change).toEqual({ index: 1, deleteCount: 2, insert: '😃' });
  });

  it('always reproduces the target text', () => {
    const pairs: [string, string][] = [['', 'nuevo'], ['viejo', ''], ['😀😀', '😀'], ['x😀', '😀'], ['hola mundo', 'hola, mundo!']];
    for (const [before, after] of pairs) {
      const change = diffText(before, after)!;
      const result = before.slice(0, change.index) + change.insert + before.slice(change.index + change.deleteCount);
      expect(result).toBe(after);
    }
  });
});

describe('applyTextChange', () => {
  it('keeps concurrent edits to different parts of a note', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getText('t').insert(0, 'ideas para el taller');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    applyTextChange(a.getText('t'), 'Ideas para el taller');
    applyTextChange(b.getText('t'), 'ideas para el taller de mañana');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(a.getText('t').toString()).toBe('Ideas para el taller de mañana');
    expect(b.getText('t').toString()).toBe(a.getText('t').toString());
  });

  it('reports whether it changed anything', () => {
    const text = new Y.Doc().getText('t');
    expect(applyTextChange(text, '')).toBe(false);
    expect(applyTextChange(text, 'uno')).toBe(true);
    expect(text.toString()).toBe('uno');
  });
});
