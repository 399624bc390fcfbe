import type { AppHandlers } from '../../shared/contract';
import type { ExerciseSummary } from '../../shared/domain/exercise';
import { ApiError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { initExerciseDoc, readExercise, setExerciseArchived, writeExerciseFields } from '../../shared/documents/exerciseDoc';
import type { Session, StoreContext } from './context';

type Handlers = Pick<AppHandlers<Session>, 'listExercises' | 'getExercise' | 'createExercise' | 'updateExercise' | 'archiveExercise'>;

interface ExerciseRow {
  id: string;
  title: string;
  lead_entity: string;
  phase: ExerciseSummary['phase'];
  archived: number;
  start_date: string;
  updated_at: string;
  workshop_count: number;
}

export function exerciseHandlers(context: () => StoreContext): Handlers {
  const requireExercise = (store: StoreContext, id: string) => {
    if (store.documents.kindOf(id) !== 'exercise') throw new ApiError('not_found', `No exercise ${id}.`);
  };
  return {
    listExercises({ includeArchived }) {
      const store = context();
      store.projector.flush();
      const rows = store.db
        .prepare<[number], ExerciseRow>(
          `SELECT e.*, (SELECT COUNT(*) FROM workshops w WHERE w.exercise_id = e.id) AS workshop_count
           FROM exercises e WHERE e.archived <= ? ORDER BY e.updated_at DESC`,
        )
        .all(includeArchived ? 1 : 0);
      return rows.map((row) => ({
        id: row.id,
        title: row.title,
        leadEntity: row.lead_entity,
        phase: row.phase,
        archived: row.archived === 1,
        startDate: row.start_date,
        workshopCount: row.workshop_count,
        updatedAt: row.updated_at,
      }));
    },
    getExercise({ id }) {
      const store = context();
      requireExercise(store, id);
      return readExercise(store.documents.get(id).doc, id);
    },
    createExercise(fields, session) {
      const store = context();
      const id = newId();
      const now = store.now();
      const doc = store.transact([id], () => {
        const created = store.documents.create(id, 'exercise', (doc) => initExerciseDoc(doc, fields, now));
        store.projector.project(id);
        return created;
      });
      store.notifyChanged(session);
      return readExercise(doc, id);
    },
    updateExercise({ id, fields }, session) {
      const store = context();
      requireExercise(store, id);
      store.transact([id], () => {
        store.documents.change(id, (doc) => writeExerciseFields(doc, fields, store.now()));
        store.projector.project(id);
      });
      store.notifyChanged(session);
      return readExercise(store.documents.get(id).doc, id);
    },
    archiveExercise({ id, archived }, session) {
      const store = context();
      requireExercise(store, id);
      store.transact([id], () => {
        store.documents.change(id, (doc) => setExerciseArchived(doc, archived, store.now()));
        store.projector.project(id);
      });
      store.notifyChanged(session);
      return readExercise(store.documents.get(id).doc, id);
    },
  };
}
