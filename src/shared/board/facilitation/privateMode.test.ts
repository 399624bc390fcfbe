import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { countHiddenNotes, isConcealedFrom, isPrivateModeOn, revealAllNotes, setPrivateMode, shouldHideNewNotes } from './privateMode';
import { putFrame, putNote } from './testBoard';

describe('private mode', () => {
  it('is off by default and tells note creation to hide new notes when on', () => {
    const doc = new Y.Doc();
    expect(isPrivateModeOn(doc)).toBe(false);
    setPrivateMode(doc, true);
    expect(shouldHideNewNotes(doc)).toBe(true);
    setPrivateMode(doc, false);
    expect(shouldHideNewNotes(doc)).toBe(false);
  });

  it('reveals every hidden note in one undoable transaction', () => {
    const doc = new Y.Doc();
    const origin = { name: 'local' };
    putNote(doc, 'a', { hidden: true });
    putNote(doc, 'b', { hidden: true });
    putNote(doc, 'c');
    putFrame(doc, 'f', { x: 0, y: 0, width: 10, height: 10 });
    const undo = new Y.UndoManager(doc.getMap('elements'), { trackedOrigins: new Set([origin]) });
    expect(countHiddenNotes(doc)).toBe(2);
    expect(revealAllNotes(doc, origin)).toBe(2);
    expect(countHiddenNotes(doc)).toBe(0);
    expect(revealAllNotes(doc, origin)).toBe(0);
    undo.undo();
    expect(countHiddenNotes(doc)).toBe(2);
  });

  it('conceals a hidden note from everyone but its author', () => {
    expect(isConcealedFrom({ hidden: true, createdBy: 'me' }, 'me')).toBe(false);
    expect(isConcealedFrom({ hidden: true, createdBy: 'me' }, 'you')).toBe(true);
    expect(isConcealedFrom({ hidden: false, createdBy: 'me' }, 'you')).toBe(false);
  });
});
