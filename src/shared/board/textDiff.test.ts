import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { textSplice, writeTextDiff } from './textDiff';

describe('textSplice', () => {
  it('finds the smallest replacement and never splits an emoji', () => {
    expect(textSplice('abc', 'abc')).toBeUndefined();
    expect(textSplice('hola mundo', 'hola gran mundo')).toEqual({ index: 5, deleteCount: 0, insert: 'gran ' });
    expect(textSplice('aaa', 'aa')).toEqual({ index: 2, deleteCount: 1, insert: '' });
    // 😀 and 😃 share their high surrogate; the splice must replace the whole pair.
    expect(textSplice('a😀b', 'a😃b')).toEqual({ index: 1, deleteCount: 2, insert: '😃' });
    // U+10400 and U+11400 share their low surrogate (dc00): again the whole pair is replaced.
    expect(textSplice('x\u{10400}y', 'x\u{11400}y')).toEqual({ index: 1, deleteCount: 2, insert: '\u{11400}' });
  });

  it('writes into a Y.Text with concurrent edits merging', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getText('t').insert(0, 'bus nocturno');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeTextDiff(a.getText('t'), 'bus nocturno rural');
    writeTextDiff(b.getText('t'), 'el bus nocturno');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(a.getText('t').toString()).toBe('el bus nocturno rural');
    expect(writeTextDiff(a.getText('t'), 'el bus nocturno rural')).toBe(false);
  });
});
