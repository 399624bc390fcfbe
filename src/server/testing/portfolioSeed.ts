import * as Y from 'yjs';
import { insertContribution, insertIndicator, recordActual } from '../../shared/documents/exerciseResults';
import { ContributionFields } from '../../shared/domain/contribution';
import { IndicatorFields } from '../../shared/domain/indicator';
import { rebuildProjections } from '../projections/project';
import type { TestHub } from './hubHarness';
import { storeBoard, storeExercise, storeWorkshop } from './portfolio';

export const seedIds = {
  nariño: '11111111-1111-4111-8111-111111111111',
  antioquia: '22222222-2222-4222-8222-222222222222',
  tricky: '33333333-3333-4333-8333-333333333333',
  indicator: '44444444-4444-4444-8444-444444444444',
};

/**
 * Nariño's results: COP 150.000.000,50 from the Gobernación, USD 12,000 in kind from PNUD, and an
 * indicator from 20 (January 2026) towards 50 in 2026 that stood at 32 in the first half: 40 %.
 */
function nariñoResults(doc: Y.Doc, now: string) {
  insertContribution(doc, 'c0000000-0000-4000-8000-000000000001', ContributionFields.parse({ contributor: 'Gobernación de Nariño', amountMinor: 15_000_000_050, currency: 'COP', date: '2026-02-10' }), now);
  insertContribution(doc, 'c0000000-0000-4000-8000-000000000002', ContributionFields.parse({ contributor: 'PNUD', kind: 'in_kind', amountMinor: 1_200_000, currency: 'USD' }), now);
  insertIndicator(doc, seedIds.indicator, IndicatorFields.parse({
    title: 'Trámites de movilidad en línea', unit: 'trámites', baseline: { value: 20, date: '2026-01-15' }, targets: [{ period: '2026', value: 50 }], source: 'Secretaría de Movilidad',
  }), now);
  recordActual(doc, seedIds.indicator, { period: '2026-H1', value: 32 }, now);
}

function antioquiaResults(doc: Y.Doc, now: string) {
  insertContribution(doc, 'c0000000-0000-4000-8000-000000000003', ContributionFields.parse({ contributor: 'EPS', amountMinor: 100_000_000, currency: 'COP' }), now);
}

/**
 * A small portfolio on a test hub: Ana's exercise in Nariño (SDG 11), Beto's in Antioquia
 * (SDG 3) assigned to the observer Olga, and Beto's exercise whose texts try CSV and HTML
 * injection; Nariño and Antioquia have contributions, Nariño an indicator. Users: admin, coord, ana and beto (facilitators), olga (observer).
 */
export async function seedPortfolio(t: TestHub) {
  const admin = await t.addUser('admin@hub.co', 'admin');
  const coord = await t.addUser('coord@hub.co', 'coordinator');
  const ana = await t.addUser('ana@hub.co', 'facilitator');
  const beto = await t.addUser('beto@hub.co', 'facilitator');
  const olga = await t.addUser('olga@hub.co', 'observer');
  const store = t.hub.store;
  await storeExercise(store, seedIds.nariño, ana.id, { title: 'Movilidad en Pasto', leadEntity: 'Alcaldía de Pasto', phase: 'prototype', sdgs: [11] },
    [{ name: 'Gobernación', type: 'public' }, { name: 'Universidad', type: 'academia' }], nariñoResults);
  await storeWorkshop(store, 'w-narino', seedIds.nariño, ana.id, { title: 'Taller Pasto', date: '2026-03-01', municipality: 'Pasto', department: 'Nariño' },
    ['public', 'citizen', 'citizen']);
  await storeBoard(store, 'b-narino', seedIds.nariño, 'w-narino', ana.id, 'swot');
  await storeExercise(store, seedIds.antioquia, beto.id, { title: 'Salud en Medellín', leadEntity: 'alcaldía de pasto', phase: 'explore', sdgs: [3, 11] },
    [{ name: 'EPS', type: 'private' }], antioquiaResults);
  await storeWorkshop(store, 'w-antioquia', seedIds.antioquia, beto.id, { title: 'Taller Medellín', date: '2026-03-05', municipality: 'Medellín', department: 'Antioquia' },
    ['private', 'public']);
  await t.accounts.assign(seedIds.antioquia, olga.id);
  await storeExercise(store, seedIds.tricky, beto.id, {
    title: '<script>alert("x")</script>=HYPERLINK("http://evil")', leadEntity: '=SUM(A1:A2), "quoted"\nsecond line', phase: 'test', sdgs: [16],
  });
  await rebuildProjections(t.documents, store.projections);
  return { admin, coord, ana, beto, olga };
}
