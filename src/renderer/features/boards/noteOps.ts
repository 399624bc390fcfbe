import * as Y from 'yjs';
import type { NoteColor } from '../../../shared/domain/board';
import { newId } from '../../../shared/domain/ids';
import { limits } from '../../../shared/domain/limits';
import { addNote, boardElements } from '../../../shared/documents/boardDoc';
import { applyTextChange } from './textDiff';

/**
 * Every edit this window makes runs in a transaction with this origin: the undo manager
 * tracks only these, and the sync code sends them (remote updates carry the origin 'remote').
 */
export const localOrigin = { name: 'minga-board-local' } as const;
export const remoteOrigin = 'remote';

/** Undo history over the board's elements; typing within half a second is one step. */
export function createBoardUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager(boardElements(doc), { trackedOrigins: new Set([localOrigin]), captureTimeout: 500 });
}

function noteMap(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const map = boardElements(doc).get(id);
  return map instanceof Y.Map ? map : undefined;
}

export function createNote(doc: Y.Doc, at: { x: number; y: number }, color?: NoteColor): string {
  const id = newId();
  doc.transact(() => addNote(doc, { id, x: Math.round(at.x), y: Math.round(at.y), ...(color ? { color } : {}) }), localOrigin);
  return id;
}

export function moveNote(doc: Y.Doc, id: string, to: { x: number; y: number }): boolean {
  const map = noteMap(doc, id);
  if (!map) return false;
  const x = Math.max(0, Math.round(to.x));
  const y = Math.max(0, Math.round(to.y));
  if (map.get('x') === x && map.get('y') === y) return false;
  doc.transact(() => {
    map.set('x', x);
    map.set('y', y);
  }, localOrigin);
  return true;
}

export function recolorNote(doc: Y.Doc, id: string, color: NoteColor): boolean {
  const map = noteMap(doc, id);
  if (!map || map.get('color') === color) return false;
  doc.transact(() => map.set('color', color), localOrigin);
  return true;
}

export function deleteNote(doc: Y.Doc, id: string): boolean {
  if (!noteMap(doc, id)) return false;
  doc.transact(() => boardElements(doc).delete(id), localOrigin);
  return true;
}

/**
 * Writes the edited text as a minimal diff into the note's Y.Text (created if an older client
 * stored a plain string). Text beyond the documented limit is cut rather than refused.
 */
export function setNoteText(doc: Y.Doc, id: string, next: string): boolean {
  const map = noteMap(doc, id);
  if (!map) return false;
  const clipped = next.slice(0, limits.noteText);
  let changed = false;
  doc.transact(() => {
    let text = map.get('text');
    if (!(text instanceof Y.Text)) {
      const previous = typeof text === 'string' ? text : '';
      text = new Y.Text(previous);
      map.set('text', text);
      changed = previous.length > 0 || clipped.length > 0;
    }
    changed = applyTextChange(text as Y.Text, clipped) || changed;
  }, localOrigin);
  return changed;
}
