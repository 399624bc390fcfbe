import type { AppHandlers } from '../../shared/contract';
import type { BoardSummary, TrashedBoard } from '../../shared/domain/board';
import { ApiError } from '../../shared/domain/errors';
import { boardDeletedAt, markBoardDeleted, restoreBoard, trashExpiresAt } from '../../shared/documents/trash';
import { purgeDocument } from '../documents/purge';
import { readHubLink } from '../sync/hubLink';
import { boardSummary } from './boards';
import type { Session, StoreContext } from './context';

type Handlers = Pick<AppHandlers<Session>, 'deleteBoard' | 'restoreBoard' | 'listTrash' | 'purgeBoard'>;

interface TrashRow {
  id: string;
  workshop_id: string;
  exercise_id: string;
  title: string;
  kind: BoardSummary['kind'];
  element_count: number;
  updated_at: string;
  deleted_at: string;
  deleted_by: string | null;
  exercise_title: string | null;
  workshop_title: string | null;
}

const trashQuery = `SELECT b.*, e.title AS exercise_title, w.title AS workshop_title FROM boards b
  LEFT JOIN exercises e ON e.id = b.exercise_id LEFT JOIN workshops w ON w.id = b.workshop_id
  WHERE b.deleted_at IS NOT NULL`;

/**
 * The board trash. Deleting and restoring are edits of the board document (so they sync and
 * each is one step to undo); the projection then moves the board out of lists and search or
 * back. Purging is the only destructive step, and only for a board already in the trash.
 * Every session hears `storeChanged`, the caller's too: an undo pressed on another page (a
 * toast outlives the board page it came from) must refresh the lists shown there.
 */
export function trashHandlers(context: () => StoreContext): Handlers {
  const requireBoard = (store: StoreContext, id: string) => {
    if (store.documents.kindOf(id) !== 'board') throw new ApiError('not_found', `No board ${id}.`);
  };
  const toTrashed = (row: TrashRow): TrashedBoard => ({
    ...boardSummary(row),
    exerciseTitle: row.exercise_title ?? '',
    workshopTitle: row.workshop_title ?? '',
    deletedAt: row.deleted_at,
    ...(row.deleted_by ? { deletedBy: row.deleted_by } : {}),
    expiresAt: trashExpiresAt(row.deleted_at) ?? row.deleted_at,
  });
  const trashed = (store: StoreContext, id: string): TrashedBoard => {
    store.projector.flush();
    const row = store.db.prepare<[string], TrashRow>(`${trashQuery} AND b.id = ?`).get(id);
    if (!row) throw new ApiError('not_found', `No board ${id} in the trash.`);
    return toTrashed(row);
  };

  return {
    deleteBoard({ id }) {
      const store = context();
      requireBoard(store, id);
      // The person is known only once this folder has signed in to a hub.
      const by = readHubLink(store.db)?.email;
      store.transact([id], () => {
        store.documents.change(id, (doc) => {
          // Deleting twice keeps the first date: the 30 days do not start again.
          if (!boardDeletedAt(doc)) markBoardDeleted(doc, store.now(), by);
        });
        store.projector.project(id);
      });
      store.notifyChanged();
      return trashed(store, id);
    },
    restoreBoard({ id }) {
      const store = context();
      requireBoard(store, id);
      store.transact([id], () => {
        store.documents.change(id, (doc) => restoreBoard(doc));
        store.projector.project(id);
      });
      store.notifyChanged();
      store.projector.flush();
      const row = store.db.prepare<[string], TrashRow>('SELECT * FROM boards WHERE id = ?').get(id);
      if (!row) throw new ApiError('not_found', `No board ${id}.`);
      return boardSummary(row);
    },
    listTrash({ exerciseId }) {
      const store = context();
      store.projector.flush();
      const rows = exerciseId
        ? store.db.prepare<[string], TrashRow>(`${trashQuery} AND b.exercise_id = ? ORDER BY b.deleted_at DESC, b.title`).all(exerciseId)
        : store.db.prepare<[], TrashRow>(`${trashQuery} ORDER BY b.deleted_at DESC, b.title`).all();
      return rows.map(toTrashed);
    },
    purgeBoard({ id }) {
      const store = context();
      requireBoard(store, id);
      if (!boardDeletedAt(store.documents.get(id).doc)) {
        throw new ApiError('conflict', `Board ${id} is not in the trash; only a board in the trash can be deleted forever.`);
      }
      purgeDocument(store.db, store.documents, id, 'board', store.now());
      store.notifyChanged();
      return { purged: true as const };
    },
  };
}
