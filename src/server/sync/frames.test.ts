import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkFrame } from './frames';

const varUint = (value: number): number[] => {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  return [...bytes, value];
};
const varBytes = (bytes: Uint8Array | number[]) => [...varUint(bytes.length), ...bytes];
const text = (value: string) => varBytes(new TextEncoder().encode(value));
const frame = (...parts: number[][]) => new Uint8Array(parts.flat());

describe('checkFrame', () => {
  const doc = new Y.Doc();
  doc.getMap('m').set('k', 'v');
  const update = Y.encodeStateAsUpdate(doc);

  it('forwards what a provider sends', () => {
    expect(checkFrame(frame(text('board:b1'), [0, 0], varBytes(Y.encodeStateVector(doc))))).toBe('forward');
    expect(checkFrame(frame(text('board:b1'), [0, 2], varBytes(update)))).toBe('forward');
    expect(checkFrame(frame(text('board:b1\0session'), [0, 1], varBytes(update)))).toBe('forward');
    expect(checkFrame(frame(text('exercise:e'), [2, 0], text('token'), text('4.8.0')))).toBe('forward');
    expect(checkFrame(frame(text('exercise:e'), [1], varBytes([1, ...varUint(7), 1, ...text('{"a":1}')])))).toBe('forward');
    expect(checkFrame(frame(text('workshop:w'), [3]))).toBe('forward');
    expect(checkFrame(frame(text('workshop:w'), [7]))).toBe('forward');
    expect(checkFrame(new Uint8Array([10]))).toBe('ignore');
  });

  it('refuses anything else', () => {
    expect(checkFrame(new Uint8Array())).toBe('malformed');
    expect(checkFrame(frame(text('notes:x'), [0, 0], varBytes([0])))).toBe('malformed');
    expect(checkFrame(frame(text('board:b1'), [0, 2], varBytes([1, 2, 3, 255, 255])))).toBe('malformed');
    expect(checkFrame(frame(text('board:b1'), [0, 2], varBytes(update), [0]))).toBe('malformed');
    expect(checkFrame(frame(text('board:b1'), [0, 9], varBytes(update)))).toBe('malformed');
    expect(checkFrame(frame(text('board:b1'), [5], text('stateless')))).toBe('malformed');
    expect(checkFrame(frame(text('board:b1'), [6], text('broadcast')))).toBe('malformed');
    expect(checkFrame(frame(text('board:b1'), [1], varBytes([1, 1, 1, ...text('{nope')])))).toBe('malformed');
    expect(checkFrame(frame([5, 0xff, 0xfe, 0xfd, 0xfc, 0xfb], [0]))).toBe('malformed');
  });
});
