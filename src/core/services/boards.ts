import type { AppHandlers } from '../../shared/contract';
import type { BoardSummary } from '../../shared/domain/board';
import { ApiError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { initBoardDoc, readBoardHeader } from '../../shared/documents/boardDoc';
import { readMeta, roots } from '../../shared/documents/schema';
import { instantiateTemplate, templateById } from '../../shared/templates';
import type { Session, StoreContext } from './context';

type Handlers = Pick<
  AppHandlers<Session>,
  'listBoards' | 'createBoard' | 'renameBoard' | 'openBoard' | 'applyBoardUpdate' | 'closeBoard'
>;

interface BoardRow {
  id: string;
  workshop_id: string;
  exercise_id: string;
  title: string;
  kind: BoardSummary['kind'];
  element_count: number;
  updated_at: string;
}

/** A board's list row as the contract's summary (the trash shares it). */
export const boardSummary = (row: BoardRow): BoardSummary => ({
  id: row.id,
  workshopId: row.workshop_id,
  exerciseId: row.exercise_id,
  title: row.title,
  kind: row.kind,
  elementCount: row.element_count,
  updatedAt: row.updated_at,
});

export function boardHandlers(context: () => StoreContext): Handlers {
  const summary = (store: StoreContext, id: string): BoardSummary => {
    store.projector.flush();
    const row = store.db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?').get(id);
    if (!row) throw new ApiError('not_found', `No board ${id}.`);
    return boardSummary(row);
  };
  const requireBoard = (store: StoreContext, id: string) => {
    if (store.documents.kindOf(id) !== 'board') throw new ApiError('not_found', `No board ${id}.`);
  };

  return {
    listBoards({ workshopId }) {
      const store = context();
      store.projector.flush();
      return store.db
        .prepare<[string], BoardRow>('SELECT * FROM boards WHERE workshop_id = ? AND deleted_at IS NULL ORDER BY title')
        .all(workshopId)
        .map(boardSummary);
    },
    createBoard({ workshopId, fields, locale = 'es-CO' }, session) {
      const store = context();
      if (store.documents.kindOf(workshopId) !== 'workshop') throw new ApiError('not_found', `No workshop ${workshopId}.`);
      const template = templateById(fields.kind);
      if (!template) throw new ApiError('invalid_input', `No board template ${fields.kind}.`);
      const exerciseId = readMeta(store.documents.get(workshopId).doc)?.exerciseId ?? '';
      const id = newId();
      const now = store.now();
      store.transact([id], () => {
        store.documents.create(id, 'board', (doc) => {
          initBoardDoc(doc, { exerciseId, workshopId }, fields.title, fields.kind, now);
          // The template's zones are the facilitator's: written by the core on their behalf.
          instantiateTemplate(doc, template, locale, session.id);
        });
        store.projector.project(id);
      });
      store.notifyChanged(session);
      return summary(store, id);
    },
    renameBoard({ id, title }, session) {
      const store = context();
      requireBoard(store, id);
      store.transact([id], () => {
        store.documents.change(id, (doc) => {
          if (readBoardHeader(doc).title !== title) doc.getMap(roots.board).set('title', title);
        });
        store.projector.project(id);
      });
      store.notifyChanged(session);
      return summary(store, id);
    },
    openBoard({ id }, session) {
      const store = context();
      requireBoard(store, id);
      if (!session.openBoards.has(id)) {
        store.documents.retain(id);
        session.openBoards.add(id);
      }
      const state = store.documents.openState(id);
      store.documents.warm(id);
      return { summary: summary(store, id), state };
    },
    applyBoardUpdate({ id, update }, session) {
      const store = context();
      requireBoard(store, id);
      // The store broadcasts it to the other sessions that have the board open.
      store.documents.applyUpdate(id, update, session);
      store.projector.schedule(id);
      return { committed: true as const };
    },
    closeBoard({ id }, session) {
      const store = context();
      if (session.openBoards.delete(id)) {
        store.projector.flush();
        store.documents.release(id);
      }
      return { closed: true as const };
    },
  };
}
