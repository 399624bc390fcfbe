import type * as Y from 'yjs';
import { ApiError } from '../../shared/domain/errors';
import type { Session, StoreContext } from './context';

/** The exercise document, or a `not_found` answer when `id` names no exercise here. */
export function exerciseDoc(store: StoreContext, id: string): Y.Doc {
  if (store.documents.kindOf(id) !== 'exercise') throw new ApiError('not_found', `No exercise ${id}.`);
  return store.documents.get(id).doc;
}

/**
 * One edit of a record kept inside an exercise document (the actor register, contributions,
 * indicators): persisted and projected in one transaction, other windows told, and read back.
 * `change` returns false when the entry it names does not exist; `entries` names those entries
 * for that answer.
 */
export function editExercise<T>(
  store: StoreContext,
  session: Session,
  exerciseId: string,
  entries: string,
  read: (doc: Y.Doc) => T,
  change: (doc: Y.Doc, now: string) => boolean,
): T {
  exerciseDoc(store, exerciseId);
  store.transact([exerciseId], () => {
    let found = true;
    store.documents.change(exerciseId, (doc) => {
      found = change(doc, store.now());
    });
    if (!found) throw new ApiError('not_found', `No such ${entries} in exercise ${exerciseId}.`);
    store.projector.project(exerciseId);
  });
  store.notifyChanged(session);
  return read(store.documents.get(exerciseId).doc);
}
