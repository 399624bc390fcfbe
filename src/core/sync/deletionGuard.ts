import type { Db } from '../store/database';

export { boardDeletedAt } from '../../shared/documents/trash';

/**
 * The deletion guard: a sync round that would move more than half of this folder's boards to
 * the trash (someone deleted them elsewhere, or a hub restored from an old backup) holds those
 * deletions until a person confirms. Everything else in the round goes through.
 */

/** Boards here that are not in the trash: what "half of a user's boards" is counted against. */
export function liveBoardCount(db: Db, isDeleted: (id: string) => boolean): number {
  const ids = db.prepare<[], { id: string }>("SELECT id FROM documents WHERE kind = 'board'").all();
  return ids.filter(({ id }) => !isDeleted(id)).length;
}

/**
 * Whether `deleting` boards out of `live` is a deletion to ask about: more than half of them,
 * and at least two (one deleted board is an ordinary deletion; it can be restored from the trash).
 */
export function needsConfirmation(deleting: number, live: number): boolean {
  return deleting >= 2 && deleting * 2 > live;
}
