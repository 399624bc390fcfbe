import { rebuildProjections } from '../projections/project';
import type { TestHub } from './hubHarness';
import { storeBoard, storeExercise, storeWorkshop } from './portfolio';

export const seedIds = {
  nariño: '11111111-1111-4111-8111-111111111111',
  antioquia: '22222222-2222-4222-8222-222222222222',
  tricky: '33333333-3333-4333-8333-333333333333',
};

/**
 * A small portfolio on a test hub: Ana's exercise in Nariño (SDG 11), Beto's in Antioquia
 * (SDG 3) assigned to the observer Olga, and Beto's exercise whose texts try CSV and HTML
 * injection. Users: admin, coord, ana and beto (facilitators), olga (observer).
 */
export async function seedPortfolio(t: TestHub) {
  const admin = await t.addUser('admin@hub.co', 'admin');
  const coord = await t.addUser('coord@hub.co', 'coordinator');
  const ana = await t.addUser('ana@hub.co', 'facilitator');
  const beto = await t.addUser('beto@hub.co', 'facilitator');
  const olga = await t.addUser('olga@hub.co', 'observer');
  const store = t.hub.store;
  await storeExercise(store, seedIds.nariño, ana.id, { title: 'Movilidad en Pasto', leadEntity: 'Alcaldía de Pasto', phase: 'prototype', sdgs: [11] },
    [{ name: 'Gobernación', type: 'public' }, { name: 'Universidad', type: 'academia' }]);
  await storeWorkshop(store, 'w-narino', seedIds.nariño, ana.id, { title: 'Taller Pasto', date: '2026-03-01', municipality: 'Pasto', department: 'Nariño' },
    ['public', 'citizen', 'citizen']);
  await storeBoard(store, 'b-narino', seedIds.nariño, 'w-narino', ana.id, 'swot');
  await storeExercise(store, seedIds.antioquia, beto.id, { title: 'Salud en Medellín', leadEntity: 'alcaldía de pasto', phase: 'explore', sdgs: [3, 11] },
    [{ name: 'EPS', type: 'private' }]);
  await storeWorkshop(store, 'w-antioquia', seedIds.antioquia, beto.id, { title: 'Taller Medellín', date: '2026-03-05', municipality: 'Medellín', department: 'Antioquia' },
    ['private', 'public']);
  await t.accounts.assign(seedIds.antioquia, olga.id);
  await storeExercise(store, seedIds.tricky, beto.id, {
    title: '<script>alert("x")</script>=HYPERLINK("http://evil")', leadEntity: '=SUM(A1:A2), "quoted"\nsecond line', phase: 'test', sdgs: [16],
  });
  await rebuildProjections(t.documents, store.projections);
  return { admin, coord, ana, beto, olga };
}
