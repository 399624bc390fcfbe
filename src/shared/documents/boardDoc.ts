import type * as Y from 'yjs';
import { completeElement } from '../board/defaults';
import { elementsRoot, maxZ, readElements, toElementMap, type ElementMap } from '../board/elementMaps';
import type { BoardElement, NoteElement } from '../board/elements';
import { elementSearchText } from '../board/find';
import type { BoardKind, Note } from '../domain/board';
import { NoteColor, noteDefaults } from '../domain/board';
import { methodToolText } from './methodRoots';
import { currentSchemaVersion, roots, writeMeta } from './schema';
import { readNumber, readString } from './values';

/**
 * A board document (schema version 2): `board` holds title, kind and creation date; `elements`
 * maps element id to a Y.Map of its properties (see src/shared/board/elementMaps.ts), with the
 * text of notes, labels and shapes as a Y.Text so two people can type in one element.
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

export function boardElements(doc: Y.Doc): Y.Map<ElementMap> {
  return elementsRoot(doc);
}

export { readElements, readElement } from '../board/elementMaps';
export { readRichText, elementRichText, type RichText } from '../board/richText';

/**
 * Adds a note with a caller-chosen id, in the caller's transaction (the first board and its
 * tests use it; the studio uses `addElement`). Writes every version-2 field.
 */
export function addNote(
  doc: Y.Doc,
  note: Partial<Omit<NoteElement, 'type'>> & { id: string; x: number; y: number },
): void {
  const { id, createdBy = '', ...fields } = note;
  const element = completeElement({ ...fields, type: 'note' }, { id, z: note.z ?? maxZ(doc) + 1, createdBy });
  elementsRoot(doc).set(id, toElementMap(element));
}

/** A note in the first board's plain shape (no z, author or tags); undefined for other elements. */
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
  elementsRoot(doc).forEach((map, id) => {
    const note = readNote(id, map);
    if (note) notes.push(note);
  });
  return notes;
}

/**
 * Plain text for the search index: notes, text labels, shapes, frame and zone titles (and
 * zone prompts), connector labels and image descriptions. Notes hidden by private mode stay
 * out until revealed, so a search on a projected screen cannot show them early. A method tool's
 * words (case names, objectives, cost lines…) are searchable too.
 */
export function boardText(doc: Y.Doc, elements: readonly BoardElement[] = readElements(doc)): string {
  return [...elements.map(elementSearchText), methodToolText(doc)].filter(Boolean).join('\n');
}

/**
 * The count shown in board lists: what people put on the board (notes, labels, shapes, images,
 * frames). Template zones and connectors are structure, not content, so a fresh template board
 * counts only its default labels.
 */
export function boardElementCount(elements: readonly BoardElement[]): number {
  return elements.filter((element) => element.type !== 'zone' && element.type !== 'connector').length;
}

export function readBoardHeader(doc: Y.Doc): { title: string; kind: string; createdAt: string } {
  const board = doc.getMap(roots.board);
  return { title: readString(board, 'title'), kind: readString(board, 'kind') || 'blank', createdAt: readString(board, 'createdAt') };
}
