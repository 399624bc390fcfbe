import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dashboardClient } from '../testing/dashboardClient';
import { startTestHub, waitUntil, type TestHub } from '../testing/hubHarness';
import { seedIds, seedPortfolio } from '../testing/portfolioSeed';

/** Coordinators assign and unassign people on an exercise page: CSRF, roles, validation, live effect. */
describe('dashboard assignments', () => {
  let t: TestHub;
  let people: Awaited<ReturnType<typeof seedPortfolio>>;
  beforeEach(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    t = await startTestHub();
    people = await seedPortfolio(t);
    d = dashboardClient(t);
  });
  afterEach(async () => {
    await t.close();
    vi.restoreAllMocks();
  });

  let d: ReturnType<typeof dashboardClient>;
  const page: ReturnType<typeof dashboardClient>['page'] = (...args) => d.page(...args);
  const signIn = async (email: string) => (await d.signIn(email)).cookie;
  const tokenOf = (email: string) => d.csrfOf(email);
  const post = (exerciseId: string, cookie: string, fields: Record<string, string>) => d.post(`/dashboard/exercises/${exerciseId}/assignments`, cookie, fields);

  it('shows coordinators who is assigned, with a CSRF field, and lets them assign a facilitator', async () => {
    const coord = await signIn('coord@hub.co');
    const html = await (await page(`/dashboard/exercises/${seedIds.antioquia}`, coord)).text();
    expect(html).toContain('<h2 id="assignments-heading">Personas asignadas</h2>');
    expect(html).toMatch(/<th scope="row">olga@hub.co<\/th><td>Observador\(a\)<\/td>/);
    const csrf = /name="csrf" value="([^"]+)"/.exec(html)![1]!;
    expect(csrf).toBe(await tokenOf('coord@hub.co'));

    const done = await post(seedIds.antioquia, coord, { lang: 'es-CO', csrf, action: 'assign', email: 'ANA@hub.co' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/dashboard/exercises/${seedIds.antioquia}?lang=es-CO&done=assigned`);
    expect(await t.accounts.isAssigned(seedIds.antioquia, people.ana.id)).toBe(true);
    const after = await (await page(done.headers.get('location')!, coord)).text();
    expect(after).toContain('Asignación guardada.');
    expect(after).toMatch(/<th scope="row">ana@hub.co<\/th><td>Facilitador\(a\)<\/td>/);
    expect(await (await page(`/dashboard/exercises/${seedIds.antioquia}?lang=en`, coord)).text()).toContain('Assigned people');
  });

  it('refuses a POST without the session\'s CSRF token', async () => {
    const coord = await signIn('coord@hub.co');
    const admin = await signIn('admin@hub.co');
    const missing = await post(seedIds.nariño, coord, { lang: 'es-CO', action: 'assign', email: 'olga@hub.co' });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('El formulario caducó');
    // A token from another session (the admin's) does not fit the coordinator's cookie.
    const foreign = await post(seedIds.nariño, coord, { lang: 'en', csrf: await tokenOf('admin@hub.co'), action: 'assign', email: 'olga@hub.co' });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain('The form expired');
    expect(await t.accounts.isAssigned(seedIds.nariño, people.olga.id)).toBe(false);
    expect(admin).toBeTruthy();
    // Without the cookie nothing happens either.
    expect((await post(seedIds.nariño, '', { lang: 'es-CO', action: 'assign', email: 'olga@hub.co' })).status).toBe(401);
  });

  it('refuses facilitators and observers, even with their own valid token, and shows them no form', async () => {
    for (const email of ['ana@hub.co', 'olga@hub.co']) {
      const cookie = await signIn(email);
      const reply = await post(seedIds.antioquia, cookie, { lang: 'es-CO', csrf: await tokenOf(email), action: 'assign', email: 'beto@hub.co' });
      expect(reply.status).toBe(403);
      expect(await reply.text()).toContain('Solo la coordinación y la administración');
    }
    expect(await t.accounts.isAssigned(seedIds.antioquia, people.beto.id)).toBe(false);
    const olgaPage = await (await page(`/dashboard/exercises/${seedIds.antioquia}`, await signIn('olga@hub.co'))).text();
    expect(olgaPage).toContain('Salud en Medellín');
    expect(olgaPage).not.toContain('assignments-heading');
  });

  it('shows validation errors in the page\'s language', async () => {
    const coord = await signIn('coord@hub.co');
    const csrf = await tokenOf('coord@hub.co');
    const cases: [Record<string, string>, string][] = [
      [{ action: 'assign', email: 'no-es-correo' }, 'Escriba un correo electrónico válido.'],
      [{ action: 'assign', email: 'nadie@hub.co' }, 'No hay una cuenta activa con ese correo.'],
      [{ action: 'assign', email: 'admin@hub.co' }, 'Solo se asignan facilitadores u observadores'],
      [{ action: 'unassign', userId: people.ana.id }, 'Esa persona no estaba asignada.'],
      [{ action: 'delete-everything' }, 'El formulario no es válido.'],
    ];
    for (const [fields, message] of cases) {
      const reply = await post(seedIds.antioquia, coord, { lang: 'es-CO', csrf, ...fields });
      expect(reply.status).toBe(400);
      const html = await reply.text();
      expect(html).toContain(message);
      expect(html).toContain('<h1>Salud en Medellín</h1>');
    }
    const english = await post(seedIds.antioquia, coord, { lang: 'en', csrf, action: 'assign', email: 'nope' });
    expect(await english.text()).toContain('Enter a valid email address.');
    expect((await post('no-such-exercise', coord, { lang: 'es-CO', csrf, action: 'assign', email: 'olga@hub.co' })).status).toBe(404);
  });

  it('unassigning closes the person\'s live connections at once, not at the next periodic sweep', async () => {
    const olga = await t.login('olga@hub.co');
    const opened = await t.open(`exercise:${seedIds.antioquia}`, olga.accessToken);
    expect(opened.outcome).toBe('readonly');
    await opened.settled();
    const connections = () => t.hub.sync.hocuspocus.documents.get(`exercise:${seedIds.antioquia}`)?.getConnectionsCount() ?? 0;
    expect(connections()).toBe(1);
    const coord = await signIn('coord@hub.co');
    const reply = await post(seedIds.antioquia, coord, { lang: 'es-CO', csrf: await tokenOf('coord@hub.co'), action: 'unassign', userId: people.olga.id });
    expect(reply.headers.get('location')).toContain('done=unassigned');
    // The periodic sweep runs every 30 s here; only the sweep the dashboard triggers can close it now.
    await waitUntil(() => connections() === 0, 'the unassigned observer to be disconnected', 2_000);
    expect((await t.open(`exercise:${seedIds.antioquia}`, olga.accessToken)).outcome).toBe('denied');
  });
});
