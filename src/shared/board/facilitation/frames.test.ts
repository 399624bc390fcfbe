import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { moveFrame, readFramesInOrder } from './frames';
import { putFrame, putNote } from './testBoard';

describe('presentation order of frames', () => {
  function board() {
    const doc = new Y.Doc();
    putFrame(doc, 'intro', { x: 0, y: 0, width: 10, height: 10, order: 0 });
    putFrame(doc, 'ideas', { x: 0, y: 0, width: 10, height: 10, order: 2 });
    putFrame(doc, 'votes', { x: 0, y: 0, width: 10, height: 10, order: 1 });
    putFrame(doc, 'zone', { x: 0, y: 0, width: 10, height: 10, type: 'zone' });
    putNote(doc, 'n');
    return doc;
  }

  it('lists only frames, by order', () => {
    expect(readFramesInOrder(board()).map((frame) => frame.id)).toEqual(['intro', 'votes', 'ideas']);
  });

  it('moves a frame and renumbers all of them, refusing moves past the ends', () => {
    const doc = board();
    expect(moveFrame(doc, 'ideas', -1)).toBe(true);
    expect(readFramesInOrder(doc).map((frame) => [frame.id, frame.order])).toEqual([['intro', 0], ['ideas', 1], ['votes', 2]]);
    expect(moveFrame(doc, 'intro', -1)).toBe(false);
    expect(moveFrame(doc, 'votes', 1)).toBe(false);
    expect(moveFrame(doc, 'zone', 1)).toBe(false);
  });
});
