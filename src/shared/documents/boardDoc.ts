import * as Y from 'yjs';
import type { BoardKind, Note } from '../domain/board';
import { NoteColor, noteDefaults } from '../domain/board';
import { currentSchemaVersion, roots, writeMeta } from './schema';
import { readNumber, readString } from './values';

/**
 * A board document: `board` holds title and kind; `elements` maps element id to a Y.Map of
 * its properties, with the note text as a Y.Text so two people can type in one note.
 */
export function initBoardDoc(
  doc: Y.Doc,
  parents: { exerciseId: string; workshopId: string },
  title: string,
  kind: BoardKind,
  now: string,
): void {
  doc.transact(() => {
    writeMeta(doc, { kind: 'board', schemaVersion: currentSchemaVersion.board, ...parents });
    const board = doc.getMap(roots.board);
    board.set('title', title);
    board.set('kind', kind);
    board.set('createdAt', now);
  });
}

export function boardElements(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(roots.elements);
}

export function addNote(doc: Y.Doc, note: Partial<Omit<Note, 'type'>> & { id: string; x: number; y: number }): void {
  const map = new Y.Map<unknown>();
  map.set('type', 'note');
  map.set('x', note.x);
  map.set('y', note.y);
  map.set('width', note.width ?? noteDefaults.width);
  map.set('height', note.height ?? noteDefaults.height);
  map.set('color', note.color ?? noteDefaults.color);
  map.set('text', new Y.Text(note.text ?? ''));
  boardElements(doc).set(note.id, map);
}

export function readNote(id: string, map: Y.Map<unknown>): Note | undefined {
  if (map.get('type') !== 'note') return undefined;
  const color = NoteColor.safeParse(map.get('color'));
  return {
    id,
    type: 'note',
    text: readString(map, 'text'),
    x: readNumber(map, 'x'),
    y: readNumber(map, 'y'),
    width: readNumber(map, 'width', noteDefaults.width),
    height: readNumber(map, 'height', noteDefaults.height),
    color: color.success ? color.data : noteDefaults.color,
  };
}

export function readNotes(doc: Y.Doc): Note[] {
  const notes: Note[] = [];
  boardElements(doc).forEach((map, id) => {
    const note = readNote(id, map);
    if (note) notes.push(note);
  });
  return notes;
}

/** Plain text of every element, for the search index. */
export function boardText(doc: Y.Doc): string {
  const parts: string[] = [];
  boardElements(doc).forEach((map) => {
    const text = readString(map, 'text');
    if (text) parts.push(text);
  });
  return parts.join('\n');
}

export function readBoardHeader(doc: Y.Doc): { title: string; kind: string; createdAt: string } {
  const board = doc.getMap(roots.board);
  return { title: readString(board, 'title'), kind: readString(board, 'kind') || 'blank', createdAt: readString(board, 'createdAt') };
}
