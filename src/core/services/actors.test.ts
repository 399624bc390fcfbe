import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/domain/errors';
import { engineForEachTest } from '../testing/engineForEachTest';

describe('actor register service', () => {
  const fixture = engineForEachTest();

  it('adds, edits and removes actors and relationships in the exercise, shared by its workshops', async () => {
    const api = fixture.running.client();
    const exercise = await api.createExercise({ title: 'Movilidad segura' });
    const exerciseId = exercise.id;
    await api.addActor({ exerciseId, fields: { name: 'Secretaría de Movilidad', power: 5, interest: 4, attitude: 'supporter', proximity: 'core' } });
    let register = await api.addActor({ exerciseId, fields: { name: 'Gremio de transportadores', type: 'private', power: 4, interest: 2, attitude: 'opponent' } });
    const [mobility, transport] = register.actors;
    expect(register.actors.map((actor) => actor.name)).toEqual(['Secretaría de Movilidad', 'Gremio de transportadores']);

    register = await api.addRelationship({ exerciseId, fields: { from: mobility!.id, to: transport!.id, type: 'conflict', strength: 3 } });
    const relationship = register.relationships[0]!;
    expect(relationship).toMatchObject({ type: 'conflict', strength: 3 });
    register = await api.updateRelationship({ exerciseId, relationshipId: relationship.id, fields: { ...relationship, type: 'influence', strength: 1 } });
    expect(register.relationships[0]).toMatchObject({ type: 'influence', strength: 1 });

    register = await api.updateActor({ exerciseId, actorId: transport!.id, fields: { ...transport!, interest: 5, notes: 'Pide mesa técnica' } });
    expect(register.actors[1]).toMatchObject({ interest: 5, notes: 'Pide mesa técnica', type: 'private' });

    // A second window sees the same register: it is per exercise, not per board or workshop.
    const other = fixture.running.client();
    expect(await other.listActors({ exerciseId })).toEqual(register);

    register = await api.removeActor({ exerciseId, actorId: transport!.id });
    expect(register.actors.map((actor) => actor.name)).toEqual(['Secretaría de Movilidad']);
    expect(register.relationships).toEqual([]);
  });

  it('reports unknown exercises, actors and relationships as not found, and refuses bad input', async () => {
    const api = fixture.running.client();
    const exercise = await api.createExercise({ title: 'Reto' });
    const missing = '00000000-0000-4000-8000-000000000001';
    const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: unknown) => (error as ApiError).code);
    expect(await codeOf(api.listActors({ exerciseId: missing }))).toBe('not_found');
    expect(await codeOf(api.removeActor({ exerciseId: exercise.id, actorId: missing }))).toBe('not_found');
    expect(await codeOf(api.addRelationship({ exerciseId: exercise.id, fields: { from: missing, to: exercise.id } }))).toBe('not_found');
    expect(await codeOf(api.addActor({ exerciseId: exercise.id, fields: { name: '', power: 9 } }))).toBe('invalid_input');
  });

  it('tells other windows the store changed', async () => {
    let changes = 0;
    fixture.running.client({ storeChanged: () => (changes += 1) });
    const api = fixture.running.client();
    const exercise = await api.createExercise({ title: 'Reto' });
    const before = changes;
    await api.addActor({ exerciseId: exercise.id, fields: { name: 'Personería' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(changes).toBe(before + 1);
  });
});
