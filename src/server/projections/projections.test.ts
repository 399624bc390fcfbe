import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initExerciseDoc, writeExerciseFields } from '../../shared/documents/exerciseDoc';
import { insertContribution, insertIndicator, recordActual, removeContribution } from '../../shared/documents/exerciseResults';
import { ContributionFields } from '../../shared/domain/contribution';
import { ExerciseFields } from '../../shared/domain/exercise';
import { IndicatorFields } from '../../shared/domain/indicator';
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

  it('decodes contributions in minor units and indicators with their final target and latest actual, and replaces them', async () => {
    const { projections } = t.hub.store;
    const [c1, c2, i1, i2] = ['1', '2', '3', '4'].map((n) => `00000000-0000-4000-8000-00000000000${n}`) as [string, string, string, string];
    const big = 99_999_999_999_999; // just under a trillion pesos: exact in a BIGINT / INTEGER column
    const doc = await storeExercise(t.hub.store, exerciseId, anaId, { title: 'Resultados' }, [], (exercise, now) => {
      insertContribution(exercise, c1, ContributionFields.parse({ contributor: 'Gobernación', amountMinor: big, currency: 'COP', date: '2026-02-01' }), now);
      insertContribution(exercise, c2, ContributionFields.parse({ contributor: 'PNUD', kind: 'in_kind', amountMinor: 1_050, currency: 'USD' }), now);
      insertIndicator(exercise, i1, IndicatorFields.parse({
        title: 'Días de respuesta', unit: 'días', baseline: { value: 30.5, date: '2026-01-10' },
        targets: [{ period: '2027', value: 10 }, { period: '2026', value: 20 }], source: 'SUIT', responsible: 'Secretaría',
      }), now);
      recordActual(exercise, i1, { period: '2026-Q1', value: 28 }, now);
      recordActual(exercise, i1, { period: '2026-Q2', value: 25 }, now);
      insertIndicator(exercise, i2, IndicatorFields.parse({ title: 'Sin meta', baseline: { value: 0, date: '' } }), now);
    });
    await projectDocument(`exercise:${exerciseId}`, t.documents, projections);
    let snapshot = await projections.snapshot();
    expect(snapshot.contributions).toEqual([
      { exerciseId, id: c1, contributor: 'Gobernación', kind: 'cash', currency: 'COP', amountMinor: big, date: '2026-02-01' },
      { exerciseId, id: c2, contributor: 'PNUD', kind: 'in_kind', currency: 'USD', amountMinor: 1_050, date: '' },
    ]);
    expect(snapshot.indicators).toEqual([
      {
        exerciseId, id: i1, title: 'Días de respuesta', unit: 'días', baseline: 30.5, baselineDate: '2026-01-10',
        target: 10, targetPeriod: '2027', actual: 25, actualPeriod: '2026-Q2', source: 'SUIT', responsible: 'Secretaría',
      },
      { exerciseId, id: i2, title: 'Sin meta', unit: '', baseline: 0, baselineDate: '', target: null, targetPeriod: '', actual: null, actualPeriod: '', source: '', responsible: '' },
    ]);

    let update: Uint8Array | undefined;
    doc.on('update', (bytes: Uint8Array) => { update = bytes; });
    removeContribution(doc, c1, '2026-04-01T00:00:00.000Z');
    await t.documents.append(`exercise:${exerciseId}`, update!);
    await projectDocument(`exercise:${exerciseId}`, t.documents, projections);
    snapshot = await projections.snapshot();
    expect(snapshot.contributions.map((entry) => entry.id)).toEqual([c2]);
    expect(snapshot.indicators).toHaveLength(2);
  });
});
