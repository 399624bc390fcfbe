import * as Y from 'yjs';
import { z } from 'zod';
import { validationKeys } from '../../domain/errors';
import { newId } from '../../domain/ids';
import { limits } from '../../domain/limits';
import { requiredText } from '../../domain/text';
import { readNumber, readString } from '../../documents/values';
import { commentsMap } from './roots';

/**
 * Comments on board elements. Each comment is its own Y.Map in the `comments` root, keyed by
 * id, so resolving one comment and answering another at the same time both survive.
 */
export const CommentFields = z.object({
  text: requiredText(limits.longText),
  author: z.string().trim().max(limits.shortText, { error: validationKeys.tooLong }),
});
export type CommentFields = z.infer<typeof CommentFields>;

export interface BoardComment {
  id: string;
  elementId: string;
  author: string;
  text: string;
  createdAt: number;
  resolved: boolean;
}

export function readComment(id: string, map: Y.Map<unknown>): BoardComment {
  return {
    id,
    elementId: readString(map, 'elementId'),
    author: readString(map, 'author'),
    text: readString(map, 'text'),
    createdAt: readNumber(map, 'createdAt'),
    resolved: map.get('resolved') === true,
  };
}

/** Oldest first (ties by id, the same on every replica); `elementId` null lists every element's. */
export function readComments(doc: Y.Doc, elementId: string | null): BoardComment[] {
  const comments: BoardComment[] = [];
  commentsMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const comment = readComment(id, map);
    if (elementId === null || comment.elementId === elementId) comments.push(comment);
  });
  return comments.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Open (unresolved) comments per element, for the badges on the canvas. */
export function readCommentCounts(doc: Y.Doc): Map<string, number> {
  const counts = new Map<string, number>();
  commentsMap(doc).forEach((map) => {
    if (!(map instanceof Y.Map) || map.get('resolved') === true) return;
    const elementId = readString(map, 'elementId');
    if (elementId) counts.set(elementId, (counts.get(elementId) ?? 0) + 1);
  });
  return counts;
}

export function addComment(doc: Y.Doc, elementId: string, fields: CommentFields, now: number, origin?: unknown): string {
  const { text, author } = CommentFields.parse(fields);
  const id = newId();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('elementId', elementId);
    map.set('author', author);
    map.set('text', text);
    map.set('createdAt', now);
    map.set('resolved', false);
    commentsMap(doc).set(id, map);
  }, origin);
  return id;
}

function setResolved(doc: Y.Doc, id: string, resolved: boolean, origin: unknown): boolean {
  const map = commentsMap(doc).get(id);
  if (!(map instanceof Y.Map) || (map.get('resolved') === true) === resolved) return false;
  doc.transact(() => map.set('resolved', resolved), origin);
  return true;
}

export function resolveComment(doc: Y.Doc, id: string, origin?: unknown): boolean {
  return setResolved(doc, id, true, origin);
}

export function reopenComment(doc: Y.Doc, id: string, origin?: unknown): boolean {
  return setResolved(doc, id, false, origin);
}

export function deleteComment(doc: Y.Doc, id: string, origin?: unknown): boolean {
  if (!commentsMap(doc).has(id)) return false;
  doc.transact(() => commentsMap(doc).delete(id), origin);
  return true;
}
