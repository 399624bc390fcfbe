import type * as Y from 'yjs';
import { roots } from '../../documents/schema';

/**
 * The root types the facilitation tools add to a board document. Each is a top-level map, so
 * two people who touch them for the first time at once never overwrite each other's container
 * (nested maps created concurrently under one key would: only one of them survives).
 */
export const facilitationRoots = {
  /** Room-wide controls: `timer` (one plain object, so its fields always change together) and `privateMode`. */
  facilitation: 'facilitation',
  /** The dot-voting session, its ballots and its results. */
  voting: 'voting',
  /** Comments on elements, one Y.Map per comment. */
  comments: 'comments',
} as const;

export function facilitationMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(facilitationRoots.facilitation);
}

export function votingMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(facilitationRoots.voting);
}

export function commentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(facilitationRoots.comments);
}

/** The board's elements; read here through the root name so these helpers work on any board version. */
export function elementsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(roots.elements);
}
