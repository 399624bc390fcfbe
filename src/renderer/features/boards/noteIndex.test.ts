import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardElements } from '../../../shared/documents/boardDoc';
import { changedElementIds, createNoteSource, indexNotes, refreshNotes, type NoteIndex } from './noteIndex';
import { createNote, deleteNote, moveNote, setNoteText } from './noteOps';

/** Follows a document the way the board view does, returning the live index. */
function follow(doc: Y.Doc) {
  const state = { index: indexNotes(doc) as NoteIndex, changed: [] as string[][] };
  boardElements(doc).observeDeep((events) => {
    const ids = changedElementIds(events, boardElements(doc));
    state.changed.push([...ids]);
    state.index = refreshNotes(state.index, doc, ids);
  });
  return state;
}

describe('note index', () => {
  it('re-reads only the notes that changed and keeps the others identical', () => {
    const doc = new Y.Doc();
    const first = createNote(doc, { x: 0, y: 0 });
    const second = createNote(doc, { x: 200, y: 0 });
    const view = follow(doc);
    const before = view.index;

    setNoteText(doc, first, 'Propuesta de valor');
    expect(view.changed.at(-1)).toEqual([first]);
    expect(view.index.get(first)?.text).toBe('Propuesta de valor');
    expect(view.index.get(second)).toBe(before.get(second));

    moveNote(doc, second, { x: 250, y: 40 });
    expect(view.index.get(second)).toMatchObject({ x: 250, y: 40 });

    const third = createNote(doc, { x: 10, y: 10 });
    expect([...view.index.keys()]).toEqual([first, second, third]);
    deleteNote(doc, first);
    expect([...view.index.keys()]).toEqual([second, third]);
  });

  it('keeps the same index object when nothing visible changed', () => {
    const doc = new Y.Doc();
    const id = createNote(doc, { x: 0, y: 0 });
    const index = indexNotes(doc);
    expect(refreshNotes(index, doc, [id])).toBe(index);
    expect(refreshNotes(index, doc, ['missing'])).toBe(index);
  });
});

describe('createNoteSource', () => {
  it('notifies only for visible changes, including remote ones', () => {
    const doc = new Y.Doc();
    const source = createNoteSource(doc);
    let calls = 0;
    const unsubscribe = source.subscribe(() => (calls += 1));
    const id = createNote(doc, { x: 0, y: 0 });
    expect(calls).toBe(1);
    expect(source.getSnapshot().get(id)?.x).toBe(0);
    moveNote(doc, id, { x: 0, y: 0 });
    expect(calls).toBe(1);

    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    setNoteText(peer, id, 'desde otro equipo');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), 'remote');
    expect(calls).toBe(2);
    expect(source.getSnapshot().get(id)?.text).toBe('desde otro equipo');

    unsubscribe();
    source.destroy();
    deleteNote(doc, id);
    expect(calls).toBe(2);
  });
});
