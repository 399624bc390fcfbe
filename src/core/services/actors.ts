import type * as Y from 'yjs';
import type { AppHandlers } from '../../shared/contract';
import { newId } from '../../shared/domain/ids';
import {
  insertActor,
  insertRelationship,
  readActorRegister,
  removeActor,
  removeRelationship,
  updateActor,
  updateRelationship,
} from '../../shared/documents/actorRegister';
import type { Session, StoreContext } from './context';
import { editExercise, exerciseDoc } from './exerciseEdit';

type Handlers = Pick<
  AppHandlers<Session>,
  'listActors' | 'addActor' | 'updateActor' | 'removeActor' | 'addRelationship' | 'updateRelationship' | 'removeRelationship'
>;

/** The actor register lives in the exercise document, so every workshop of the exercise shares it. */
export function actorHandlers(context: () => StoreContext): Handlers {
  /** One edit of the register: persisted, projected and read back; `change` returns false for an unknown entry. */
  const edit = (exerciseId: string, session: Session, change: (doc: Y.Doc, now: string) => boolean) =>
    editExercise(context(), session, exerciseId, 'actor or relationship', readActorRegister, change);

  return {
    listActors: ({ exerciseId }) => readActorRegister(exerciseDoc(context(), exerciseId)),
    addActor: ({ exerciseId, fields }, session) =>
      edit(exerciseId, session, (doc, now) => {
        insertActor(doc, newId(), fields, now);
        return true;
      }),
    updateActor: ({ exerciseId, actorId, fields }, session) => edit(exerciseId, session, (doc, now) => updateActor(doc, actorId, fields, now)),
    removeActor: ({ exerciseId, actorId }, session) => edit(exerciseId, session, (doc, now) => removeActor(doc, actorId, now)),
    addRelationship: ({ exerciseId, fields }, session) =>
      edit(exerciseId, session, (doc, now) => insertRelationship(doc, newId(), fields, now)),
    updateRelationship: ({ exerciseId, relationshipId, fields }, session) =>
      edit(exerciseId, session, (doc, now) => updateRelationship(doc, relationshipId, fields, now)),
    removeRelationship: ({ exerciseId, relationshipId }, session) =>
      edit(exerciseId, session, (doc, now) => removeRelationship(doc, relationshipId, now)),
  };
}
