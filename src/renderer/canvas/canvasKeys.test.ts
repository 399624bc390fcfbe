import { describe, expect, it } from 'vitest';
import { canvasCommand, largeNudgeStep, nudgeStep, panStep, type KeyInput } from './canvasKeys';

const key = (name: string, mods: Partial<KeyInput> = {}): KeyInput => ({ key: name, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('canvas keyboard map', () => {
  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z, Ctrl+Y and Cmd+Shift+Z', () => {
    expect(canvasCommand(key('z', { ctrlKey: true }), false)).toEqual({ kind: 'undo' });
    expect(canvasCommand(key('Z', { ctrlKey: true, shiftKey: true }), false)).toEqual({ kind: 'redo' });
    expect(canvasCommand(key('y', { ctrlKey: true }), false)).toEqual({ kind: 'redo' });
    expect(canvasCommand(key('z', { metaKey: true, shiftKey: true }), false)).toEqual({ kind: 'redo' });
  });

  it('moves the selection with arrows (further with Shift) and pans the view when nothing is selected', () => {
    expect(canvasCommand(key('ArrowRight'), true)).toEqual({ kind: 'nudge', dx: nudgeStep, dy: 0 });
    expect(canvasCommand(key('ArrowUp', { shiftKey: true }), true)).toEqual({ kind: 'nudge', dx: 0, dy: -largeNudgeStep });
    expect(canvasCommand(key('ArrowLeft'), false)).toEqual({ kind: 'pan', dx: panStep, dy: -0 });
  });

  it('zooms with + and -, resets with 0 and fits with Shift+1', () => {
    expect(canvasCommand(key('+'), false)).toEqual({ kind: 'zoomIn' });
    expect(canvasCommand(key('='), false)).toEqual({ kind: 'zoomIn' });
    expect(canvasCommand(key('-'), false)).toEqual({ kind: 'zoomOut' });
    expect(canvasCommand(key('0'), false)).toEqual({ kind: 'zoomReset' });
    expect(canvasCommand(key('!', { shiftKey: true }), false)).toEqual({ kind: 'fit' });
  });

  it('deletes and edits only with a selection', () => {
    expect(canvasCommand(key('Delete'), true)).toEqual({ kind: 'delete' });
    expect(canvasCommand(key('Delete'), false)).toBeUndefined();
    expect(canvasCommand(key('Enter'), true)).toEqual({ kind: 'edit' });
    expect(canvasCommand(key('Enter'), false)).toBeUndefined();
  });

  it('maps the clipboard, duplicate, layers, lock, find and help', () => {
    expect(canvasCommand(key('d', { ctrlKey: true }), true)).toEqual({ kind: 'duplicate' });
    expect(canvasCommand(key('c', { ctrlKey: true }), true)).toEqual({ kind: 'copy' });
    expect(canvasCommand(key('v', { ctrlKey: true }), false)).toEqual({ kind: 'paste' });
    expect(canvasCommand(key(']', { ctrlKey: true }), true)).toEqual({ kind: 'layer', move: 'forward' });
    expect(canvasCommand(key('}', { ctrlKey: true, shiftKey: true }), true)).toEqual({ kind: 'layer', move: 'front' });
    expect(canvasCommand(key('L', { ctrlKey: true, shiftKey: true }), true)).toEqual({ kind: 'lock' });
    expect(canvasCommand(key('f', { ctrlKey: true }), false)).toEqual({ kind: 'find' });
    expect(canvasCommand(key('?', { shiftKey: true }), false)).toEqual({ kind: 'help' });
  });

  it('leaves Alt combinations and unknown keys to the browser', () => {
    expect(canvasCommand(key('z', { ctrlKey: true, altKey: true }), true)).toBeUndefined();
    expect(canvasCommand(key('q'), true)).toBeUndefined();
  });
});
