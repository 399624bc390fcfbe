import type * as Y from 'yjs';
import { roots } from './schema';

/**
 * Deleting a board is soft: `deletedAt` (and `deletedBy`, when the person is known) in the
 * board's `board` root map. The document keeps everything else, so a restore on any copy
 * brings the board back as it was, and a deletion travels to the hub like any other edit.
 * Two copies that disagree settle like any Y.Map key: the later write wins.
 */
export const trashRetentionDays = 30;

const dayMs = 24 * 60 * 60 * 1000;
const retentionMs = trashRetentionDays * dayMs;

/** When the board was moved to the trash; undefined for a board that is not there. */
export function boardDeletedAt(doc: Y.Doc): string | undefined {
  const value = doc.getMap(roots.board).get('deletedAt');
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Who moved the board to the trash, when that was recorded. */
export function boardDeletedBy(doc: Y.Doc): string | undefined {
  const value = doc.getMap(roots.board).get('deletedBy');
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Moves the board to the trash in one transaction (one undo step for whoever tracks it). */
export function markBoardDeleted(doc: Y.Doc, now: Date | string, by?: string): void {
  const board = doc.getMap(roots.board);
  doc.transact(() => {
    board.set('deletedAt', typeof now === 'string' ? now : now.toISOString());
    // A deletion by someone else must not keep an older name beside the new date.
    if (by) board.set('deletedBy', by);
    else board.delete('deletedBy');
  });
}

/** Takes the board out of the trash; a board that is not there is left untouched. */
export function restoreBoard(doc: Y.Doc): void {
  const board = doc.getMap(roots.board);
  if (!board.has('deletedAt') && !board.has('deletedBy')) return;
  doc.transact(() => {
    board.delete('deletedAt');
    board.delete('deletedBy');
  });
}

/** When a board trashed at `deletedAt` is purged; undefined for a date that cannot be read. */
export function trashExpiresAt(deletedAt: string): string | undefined {
  const time = Date.parse(deletedAt);
  return Number.isNaN(time) ? undefined : new Date(time + retentionMs).toISOString();
}

/**
 * Whether the retention has run out. A date that cannot be read never expires: purging
 * destroys data, so a damaged value keeps the board in the trash rather than erasing it.
 */
export function trashExpired(deletedAt: string, now: Date): boolean {
  const time = Date.parse(deletedAt);
  if (Number.isNaN(time)) return false;
  return now.getTime() - time >= retentionMs;
}

/** Whole days left before a purge, never below zero (shown in the trash). */
export function trashDaysLeft(deletedAt: string, now: Date): number {
  const time = Date.parse(deletedAt);
  if (Number.isNaN(time)) return trashRetentionDays;
  return Math.max(0, Math.ceil((time + retentionMs - now.getTime()) / dayMs));
}
