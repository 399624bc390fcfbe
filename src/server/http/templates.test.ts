import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNote, initBoardDoc } from '../../shared/documents/boardDoc';
import { readTemplate } from '../../shared/documents/templateDoc';
import { dashboardClient } from '../testing/dashboardClient';
import { startTestHub, type TestHub } from '../testing/hubHarness';
import { seedIds, seedPortfolio } from '../testing/portfolioSeed';

/** Coordinators publish a synced board as a template, and withdraw it. */
describe('dashboard templates', () => {
  let t: TestHub;
  beforeEach(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    t = await startTestHub();
    const { ana } = await seedPortfolio(t);
    const board = new Y.Doc();
    initBoardDoc(board, { exerciseId: seedIds.nariño, workshopId: 'w-narino' }, 'Lluvia de ideas', 'blank', '2026-03-01T00:00:00.000Z');
    addNote(board, { id: 'n1', x: 0, y: 0, text: '¿Cómo podríamos…?' });
    await t.documents.claim({ name: 'board:b-ideas', kind: 'board', exerciseId: seedIds.nariño, createdBy: ana.id });
    await t.documents.append('board:b-ideas', Y.encodeStateAsUpdate(board));
    d = dashboardClient(t);
  });
  afterEach(async () => {
    await t.close();
    vi.restoreAllMocks();
  });

  let d: ReturnType<typeof dashboardClient>;
  const page: ReturnType<typeof dashboardClient>['page'] = (...args) => d.page(...args);
  const signIn = (email: string) => d.signIn(email);
  const post: ReturnType<typeof dashboardClient>['post'] = (...args) => d.post(...args);
  const templates = async () => {
    const found = [];
    for (const record of (await t.documents.records()).filter((entry) => entry.kind === 'template')) found.push(readTemplate((await t.stored(record.name))!)!);
    return found;
  };
  const publishPath = `/dashboard/exercises/${seedIds.nariño}/templates`;

  it('publishes a board of the exercise as a template, lists it, withdraws it and publishes it again', async () => {
    const coord = await signIn('coord@hub.co');
    const exercise = await (await page(`/dashboard/exercises/${seedIds.nariño}`, coord.cookie)).text();
    expect(exercise).toContain('Publicar un tablero como plantilla');
    expect(exercise).toContain('<option value="b-ideas">Lluvia de ideas</option>');

    const published = await post(publishPath, coord.cookie, {
      lang: 'es-CO', csrf: coord.csrf, boardId: 'b-ideas', nameEs: 'Ideación HMW', nameEn: 'HMW ideation', descriptionEs: 'Preguntas ¿Cómo podríamos…?', descriptionEn: '',
    });
    expect(published.status).toBe(303);
    expect(published.headers.get('location')).toContain('done=published');
    const [template] = await templates();
    expect(template!.info).toMatchObject({ name: { 'es-CO': 'Ideación HMW', en: 'HMW ideation' }, boardKind: 'blank', withdrawn: false });
    expect(template!.payload.elements).toHaveLength(1);
    const [record] = (await t.documents.records()).filter((entry) => entry.kind === 'template');
    expect(record).toMatchObject({ exerciseId: null });

    const list = await (await page('/dashboard/templates?lang=en', coord.cookie)).text();
    expect(list).toMatch(/<th scope="row">HMW ideation<\/th><td class="number">1<\/td>/);
    const id = record!.name.slice('template:'.length);
    const withdrawn = await post('/dashboard/templates', coord.cookie, { lang: 'es-CO', csrf: coord.csrf, action: 'withdraw', id });
    expect(withdrawn.headers.get('location')).toBe('/dashboard/templates?lang=es-CO&done=withdrawn');
    expect((await templates())[0]!.info.withdrawn).toBe(true);
    expect(await (await page('/dashboard/templates?done=withdrawn', coord.cookie)).text()).toContain('Plantilla retirada.');
    await post('/dashboard/templates', coord.cookie, { lang: 'es-CO', csrf: coord.csrf, action: 'restore', id });
    expect((await templates())[0]!.info.withdrawn).toBe(false);
  });

  it('refuses a board of another exercise, a missing name, a facilitator and a missing CSRF token', async () => {
    const coord = await signIn('coord@hub.co');
    const other = await post(`/dashboard/exercises/${seedIds.antioquia}/templates`, coord.cookie, { lang: 'es-CO', csrf: coord.csrf, boardId: 'b-ideas', nameEs: 'X' });
    expect(other.status).toBe(400);
    expect(await other.text()).toContain('Ese tablero no pertenece a este ejercicio');
    const unnamed = await post(publishPath, coord.cookie, { lang: 'en', csrf: coord.csrf, boardId: 'b-ideas', nameEs: ' ' });
    expect(unnamed.status).toBe(400);
    expect(await unnamed.text()).toContain('Enter the Spanish name');
    expect((await post(publishPath, coord.cookie, { lang: 'es-CO', boardId: 'b-ideas', nameEs: 'X' })).status).toBe(403);
    const ana = await signIn('ana@hub.co');
    expect((await post(publishPath, ana.cookie, { lang: 'es-CO', csrf: ana.csrf, boardId: 'b-ideas', nameEs: 'X' })).status).toBe(403);
    expect(await (await page(`/dashboard/exercises/${seedIds.nariño}`, ana.cookie)).text()).not.toContain('publish-heading');
    expect(await templates()).toEqual([]);
  });
});
