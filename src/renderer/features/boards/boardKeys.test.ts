import { describe, expect, it } from 'vitest';
import { arrowOffset, historyShortcut, isDeleteKey, type KeyInput } from './boardKeys';

const key = (value: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({
  key: value,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('board keys', () => {
  it('maps undo and redo on both platforms', () => {
    expect(historyShortcut(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyShortcut(key('z', { metaKey: true }))).toBe('undo');
    expect(historyShortcut(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(key('y', { ctrlKey: true }))).toBe('redo');
    expect(historyShortcut(key('z'))).toBeUndefined();
    expect(historyShortcut(key('z', { ctrlKey: true, altKey: true }))).toBeUndefined();
  });

  it('moves by 10px, or 50px with Shift', () => {
    expect(arrowOffset(key('ArrowLeft'))).toEqual({ dx: -10, dy: 0 });
    expect(arrowOffset(key('ArrowDown', { shiftKey: true }))).toEqual({ dx: 0, dy: 50 });
    expect(arrowOffset(key('ArrowUp', { ctrlKey: true }))).toBeUndefined();
    expect(arrowOffset(key('a'))).toBeUndefined();
  });

  it('recognises delete keys without modifiers', () => {
    expect(isDeleteKey(key('Delete'))).toBe(true);
    expect(isDeleteKey(key('Backspace'))).toBe(true);
    expect(isDeleteKey(key('Backspace', { metaKey: true }))).toBe(false);
  });
});
