import type { StoreContext } from '../services/context';

export { boardDeletedAt } from '../../shared/documents/trash';

/**
 * The deletion guard: a sync round that would move more than half of this folder's boards to
 * the trash (someone deleted them elsewhere, or a hub restored from an old backup) holds those
 * deletions until a person confirms. Everything else in the round goes through.
 */

/**
 * Boards here that are not in the trash: what "half of a user's boards" is counted against.
 * Read from the board list's projection (its `deleted_at` follows the document), brought up to
 * date first, rather than by loading every board.
 */
export function liveBoardCount(store: StoreContext): number {
  store.projector.flush();
  return store.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM boards WHERE deleted_at IS NULL').get()!.n;
}

/**
 * Whether `deleting` boards out of `live` is a deletion to ask about: more than half of them,
 * and at least two (one deleted board is an ordinary deletion; it can be restored from the trash).
 */
export function needsConfirmation(deleting: number, live: number): boolean {
  return deleting >= 2 && deleting * 2 > live;
}
