import * as Y from 'yjs';
import { elementsMap, facilitationMap } from './roots';

/**
 * Private mode: while it is on, every new note is created hidden (blurred for everyone but its
 * author) so that nobody anchors on the first ideas; the facilitator reveals them all at once.
 */
export function isPrivateModeOn(doc: Y.Doc): boolean {
  return facilitationMap(doc).get('privateMode') === true;
}

/** What every call site that adds a note asks, so the rule lives in one place. */
export function shouldHideNewNotes(doc: Y.Doc): boolean {
  return isPrivateModeOn(doc);
}

export function setPrivateMode(doc: Y.Doc, on: boolean, origin?: unknown): void {
  if (isPrivateModeOn(doc) === on) return;
  doc.transact(() => facilitationMap(doc).set('privateMode', on), origin);
}

function hiddenNoteMaps(doc: Y.Doc): Y.Map<unknown>[] {
  const hidden: Y.Map<unknown>[] = [];
  elementsMap(doc).forEach((map) => {
    if (map instanceof Y.Map && map.get('type') === 'note' && map.get('hidden') === true) hidden.push(map);
  });
  return hidden;
}

export function countHiddenNotes(doc: Y.Doc): number {
  return hiddenNoteMaps(doc).length;
}

/** Shows every hidden note in one transaction (so one undo hides them again); returns how many. */
export function revealAllNotes(doc: Y.Doc, origin?: unknown): number {
  const hidden = hiddenNoteMaps(doc);
  if (hidden.length === 0) return 0;
  doc.transact(() => hidden.forEach((map) => map.set('hidden', false)), origin);
  return hidden.length;
}

/**
 * Whether a note's content is concealed from this viewer: hidden notes stay readable to the
 * person (client) who wrote them, so they can still edit their own idea.
 */
export function isConcealedFrom(note: { hidden: boolean; createdBy: string }, viewerId: string): boolean {
  return note.hidden && note.createdBy !== viewerId;
}
