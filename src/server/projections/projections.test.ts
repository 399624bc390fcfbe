import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initExerciseDoc, writeExerciseFields } from '../../shared/documents/exerciseDoc';
import { ExerciseFields } from '../../shared/domain/exercise';
import { backends, useBackend } from '../testing/backends';
import { startTestHub, type TestHub } from '../testing/hubHarness';
import { storeBoard, storeExercise, storeWorkshop } from '../testing/portfolio';
import { projectDocument, rebuildProjections } from './project';

const exerciseId = '11111111-1111-4111-8111-111111111111';

describe.each(backends)('dashboard projections on %s', (backend) => {
  const fixture = useBackend(backend);
  let t: TestHub;
  let anaId: string;
  beforeEach(async () => {
    t = await startTestHub({ projectionDelayMs: 20, ...(await fixture.storeOptions()) });
    anaId = (await t.addUser('ana@hub.co', 'facilitator')).id;
  });
  afterEach(() => t.close());

  it('decodes exercises, workshops (participants counted by sector, no names) and boards into rows', async () => {
    const { projections } = t.hub.store;
    await storeExercise(t.hub.store, exerciseId, anaId, {
      title: 'Movilidad en Pasto', leadEntity: 'Alcaldía de Pasto', phase: 'prototype', sdgs: [11, 3], startDate: '2026-02-01',
    }, [{ name: 'María Pérez', type: 'citizens' }, { name: 'Gobernación', type: 'public' }]);
    await storeWorkshop(t.hub.store, 'w1', exerciseId, anaId, { title: 'Taller 1', date: '2026-03-01', municipality: 'Pasto', department: 'Nariño', modality: 'hybrid' },
      ['public', 'public', 'citizen', 'academia']);
    await storeBoard(t.hub.store, 'b1', exerciseId, 'w1', anaId, 'swot');
    expect(await rebuildProjections(t.documents, projections)).toBe(3);

    const snapshot = await projections.snapshot();
    expect(snapshot.exercises).toEqual([expect.objectContaining({
      id: exerciseId, title: 'Movilidad en Pasto', leadEntity: 'Alcaldía de Pasto', phase: 'prototype', archived: false,
      startDate: '2026-02-01', sdgs: [3, 11], actors: [{ id: `${exerciseId}-actor-0`, type: 'citizens' }, { id: `${exerciseId}-actor-1`, type: 'public' }],
    })]);
    expect(snapshot.workshops).toEqual([{
      id: 'w1', exerciseId, title: 'Taller 1', date: '2026-03-01', municipality: 'Pasto', department: 'Nariño', modality: 'hybrid',
      participantsBySector: { academia: 1, citizen: 1, public: 2 },
    }]);
    expect(snapshot.boards).toEqual([{ id: 'b1', exerciseId, kind: 'swot' }]);
    expect(snapshot.ownership).toEqual([{ exerciseId, createdBy: anaId, assignees: [] }]);
    // Indicators and contributions have tables but nothing writes them until the method tools exist.
    expect(snapshot.indicators).toEqual([]);
    expect(snapshot.contributions).toEqual([]);
    // No personal data of participants or actors reached the projections.
    const text = JSON.stringify(snapshot);
    for (const personal of ['Persona', 'correo.co', 'María']) expect(text).not.toContain(personal);
  });

  it('replaces a document\'s rows when it changes, and ignores documents the hub has not stored', async () => {
    const { projections } = t.hub.store;
    const doc = await storeExercise(t.hub.store, exerciseId, anaId, { title: 'Antes', sdgs: [1, 2] }, [{ name: 'A', type: 'public' }]);
    await projectDocument(`exercise:${exerciseId}`, t.documents, projections);
    let update: Uint8Array | undefined;
    doc.on('update', (bytes: Uint8Array) => { update = bytes; });
    writeExerciseFields(doc, { title: 'Después', sdgs: [5], phase: 'scale' } as unknown as ExerciseFields, '2026-04-01T00:00:00.000Z');
    await t.documents.append(`exercise:${exerciseId}`, update!);
    await projectDocument(`exercise:${exerciseId}`, t.documents, projections);
    const [row] = (await projections.snapshot()).exercises;
    expect(row).toMatchObject({ title: 'Después', sdgs: [5], phase: 'scale', updatedAt: '2026-04-01T00:00:00.000Z' });
    expect(await projectDocument('exercise:nobody', t.documents, projections)).toBe(false);
    expect(await projectDocument('not a name', t.documents, projections)).toBe(false);
  });

  it('projects what a desktop syncs, after the document goes quiet', async () => {
    const ana = await t.login('ana@hub.co');
    const doc = new Y.Doc();
    initExerciseDoc(doc, ExerciseFields.parse({ title: 'Sincronizado', phase: 'test' }), '2026-03-02T10:00:00.000Z');
    const opened = await t.open(`exercise:${exerciseId}`, ana.accessToken, doc);
    expect(opened.outcome).toBe('read-write');
    await opened.settled();
    await t.hub.projector.flush();
    expect((await t.hub.store.projections.snapshot()).exercises).toEqual([expect.objectContaining({ id: exerciseId, title: 'Sincronizado', phase: 'test' })]);
  });
});
