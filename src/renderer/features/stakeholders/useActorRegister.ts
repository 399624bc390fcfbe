import { useCallback, useState } from 'react';
import type { ActorFields, ActorRegister, RelationshipFields } from '../../../shared/domain/actor';
import { api } from '../../app/api';
import { useApiQuery } from '../../ui';

export interface ActorRegisterState {
  register: ActorRegister | undefined;
  error: unknown;
  loading: boolean;
  addActor(fields: ActorFields): Promise<ActorRegister>;
  updateActor(actorId: string, fields: ActorFields): Promise<ActorRegister>;
  removeActor(actorId: string): Promise<ActorRegister>;
  addRelationship(fields: RelationshipFields): Promise<ActorRegister>;
  removeRelationship(relationshipId: string): Promise<ActorRegister>;
  /** Shows a register another call answered with (an import, its undo). */
  adopt(call: Promise<ActorRegister>): Promise<ActorRegister>;
}

/**
 * The exercise's actor register, shared by the table and the three views so they always draw
 * the same value. The core does not echo `storeChanged` to the window that made an edit, so
 * each edit's reply (the whole register) is shown at once; edits from other windows arrive
 * through `storeChanged` and replace it.
 */
export function useActorRegister(exerciseId: string): ActorRegisterState {
  const query = useApiQuery(() => api.listActors({ exerciseId }), [exerciseId]);
  const [local, setLocal] = useState<{ source: ActorRegister | undefined; value: ActorRegister }>();
  // A reply counts only until the query loads something newer.
  const register = local && local.source === query.data ? local.value : query.data;

  const apply = useCallback(
    async (call: Promise<ActorRegister>) => {
      try {
        const value = await call;
        setLocal({ source: query.data, value });
        return value;
      } catch (error) {
        setLocal(undefined);
        throw error;
      }
    },
    [query.data],
  );

  return {
    register,
    error: query.error,
    loading: query.loading,
    addActor: (fields) => apply(api.addActor({ exerciseId, fields })),
    updateActor: (actorId, fields) => {
      // Shown at once, so that a marker moved by repeated arrow presses steps from where it is.
      if (register) {
        const actors = register.actors.map((actor) => (actor.id === actorId ? { ...actor, ...fields } : actor));
        setLocal({ source: query.data, value: { ...register, actors } });
      }
      return apply(api.updateActor({ exerciseId, actorId, fields }));
    },
    removeActor: (actorId) => apply(api.removeActor({ exerciseId, actorId })),
    addRelationship: (fields) => apply(api.addRelationship({ exerciseId, fields })),
    removeRelationship: (relationshipId) => apply(api.removeRelationship({ exerciseId, relationshipId })),
    adopt: apply,
  };
}

/** The editable fields of an actor, for an update that changes only some of them. */
export function actorFieldsOf(actor: ActorFields & { id?: string }): ActorFields {
  const { name, type, power, interest, attitude, proximity, engagementStrategy, owner, notes, tags } = actor;
  return { name, type, power, interest, attitude, proximity, engagementStrategy, owner, notes, tags };
}
