import * as Y from 'yjs';
import type { Note } from '../../../shared/domain/board';
import { boardElements, readNote, readNotes } from '../../../shared/documents/boardDoc';

/** The notes of a board by id, in insertion order; unchanged notes keep their object identity. */
export type NoteIndex = ReadonlyMap<string, Note>;

export function indexNotes(doc: Y.Doc): NoteIndex {
  return new Map(readNotes(doc).map((note) => [note.id, note]));
}

/** The ids of the elements touched by a batch of deep events on the elements map. */
export function changedElementIds(events: readonly Y.YEvent<Y.AbstractType<unknown>>[], elements: unknown): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.target === elements) {
      for (const key of event.keys.keys()) ids.add(key);
    } else {
      const first = event.path[0];
      if (typeof first === 'string') ids.add(first);
    }
  }
  return ids;
}

/**
 * Re-reads only the changed notes, so that memoised note views of the others skip rendering.
 * Returns the previous index when nothing visible changed.
 */
export function refreshNotes(previous: NoteIndex, doc: Y.Doc, ids: Iterable<string>): NoteIndex {
  const elements = boardElements(doc);
  let next: Map<string, Note> | undefined;
  for (const id of ids) {
    const map = elements.get(id);
    const note = map instanceof Y.Map ? readNote(id, map) : undefined;
    const before = previous.get(id);
    if (!note && !before) continue;
    if (note && before && sameNote(note, before)) continue;
    next ??= new Map(previous);
    if (note) next.set(id, note);
    else next.delete(id);
  }
  return next ?? previous;
}

function sameNote(a: Note, b: Note): boolean {
  return a.text === b.text && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.color === b.color;
}

/**
 * The board's notes as an external store for useSyncExternalStore: the index is kept current
 * from the document's deep events, and listeners hear only about visible changes.
 */
export function createNoteSource(doc: Y.Doc) {
  const elements = boardElements(doc);
  let index = indexNotes(doc);
  const listeners = new Set<() => void>();
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const next = refreshNotes(index, doc, changedElementIds(events, elements));
    if (next === index) return;
    index = next;
    listeners.forEach((listener) => listener());
  };
  elements.observeDeep(observer);
  return {
    getSnapshot: (): NoteIndex => index,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    destroy: () => elements.unobserveDeep(observer),
  };
}
export type NoteSource = ReturnType<typeof createNoteSource>;
