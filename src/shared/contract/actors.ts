import { z } from 'zod';
import { ActorFields, ActorRegister, RelationshipFields } from '../domain/actor';
import { Id } from '../domain/ids';
import { procedure } from './procedure';

const inExercise = { exerciseId: Id };

/**
 * The actor register of an exercise. Every call answers with the whole register (it is small:
 * tens of actors), so the grid, onion and network views redraw from one consistent value.
 */
export const actorsContract = {
  listActors: procedure(z.object(inExercise), ActorRegister),
  addActor: procedure(z.object({ ...inExercise, fields: ActorFields }), ActorRegister),
  updateActor: procedure(z.object({ ...inExercise, actorId: Id, fields: ActorFields }), ActorRegister),
  /** Removing an actor also removes its relationships. */
  removeActor: procedure(z.object({ ...inExercise, actorId: Id }), ActorRegister),
  addRelationship: procedure(z.object({ ...inExercise, fields: RelationshipFields }), ActorRegister),
  updateRelationship: procedure(z.object({ ...inExercise, relationshipId: Id, fields: RelationshipFields }), ActorRegister),
  removeRelationship: procedure(z.object({ ...inExercise, relationshipId: Id }), ActorRegister),
};
