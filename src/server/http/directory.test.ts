import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { directoryDocumentName, readDirectory } from '../../shared/documents/directoryDoc';
import { dashboardClient } from '../testing/dashboardClient';
import { startTestHub, waitUntil, type TestHub } from '../testing/hubHarness';

/** The entity directory on the dashboard: coordinators edit it, the hub writes `directory:entities`. */
describe('dashboard entity directory', () => {
  let t: TestHub;
  beforeEach(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    t = await startTestHub();
    await t.addUser('coord@hub.co', 'coordinator');
    await t.addUser('ana@hub.co', 'facilitator');
    d = dashboardClient(t);
  });
  afterEach(async () => {
    await t.close();
    vi.restoreAllMocks();
  });

  let d: ReturnType<typeof dashboardClient>;
  const page: ReturnType<typeof dashboardClient>['page'] = (...args) => d.page(...args);
  const signIn = (email: string) => d.signIn(email);
  const post = (cookie: string, fields: Record<string, string>) => d.post('/dashboard/directory', cookie, fields);
  const stored = async () => {
    const doc = await t.stored(directoryDocumentName);
    return doc ? readDirectory(doc) : [];
  };
  const entry = { name: 'Alcaldía de Pasto', kind: 'public_entity', department: 'Nariño', sector: 'public', website: 'https://pasto.gov.co' };

  it('lets a coordinator add, edit and remove entries, which the hub stores and sends to open connections', async () => {
    const ana = await t.login('ana@hub.co');
    const live = await t.open(directoryDocumentName, ana.accessToken);
    expect(live.outcome).toBe('readonly');
    const coord = await signIn('coord@hub.co');
    const emptyPage = await page('/dashboard/directory', coord.cookie);
    // Under no-referrer a browser would post the forms with `Origin: null`, which the hub refuses.
    expect(emptyPage.headers.get('referrer-policy')).toBe('same-origin');
    const empty = await emptyPage.text();
    expect(empty).toContain('El directorio aún no tiene entidades.');
    expect(empty).toContain(`name="csrf" value="${coord.csrf}"`);

    const added = await post(coord.cookie, { lang: 'es-CO', csrf: coord.csrf, action: 'save', id: '', ...entry });
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toBe('/dashboard/directory?lang=es-CO&done=saved');
    const [saved] = await stored();
    expect(saved).toMatchObject(entry);
    expect(await t.documents.record(directoryDocumentName)).toMatchObject({ kind: 'directory', exerciseId: null });
    // The facilitator's open connection receives the entry without reconnecting.
    await waitUntil(() => readDirectory(live.doc).length === 1, 'the entry to reach the open connection');

    const listed = await (await page('/dashboard/directory?done=saved', coord.cookie)).text();
    expect(listed).toContain('Entidad guardada.');
    expect(listed).toMatch(/<th scope="row">Alcaldía de Pasto<\/th><td>Entidad pública<\/td><td>Nariño<\/td>/);
    const editForm = await (await page(`/dashboard/directory?lang=en&edit=${saved!.id}`, coord.cookie)).text();
    expect(editForm).toContain('Edit entity');
    expect(editForm).toContain('value="Alcaldía de Pasto"');

    await post(coord.cookie, { lang: 'es-CO', csrf: coord.csrf, action: 'save', id: saved!.id, ...entry, name: 'Alcaldía Municipal de Pasto', kind: 'partner' });
    expect(await stored()).toEqual([{ ...saved, name: 'Alcaldía Municipal de Pasto', kind: 'partner' }]);
    const removed = await post(coord.cookie, { lang: 'es-CO', csrf: coord.csrf, action: 'remove', id: saved!.id });
    expect(removed.headers.get('location')).toContain('done=removed');
    expect(await stored()).toEqual([]);
    await waitUntil(() => readDirectory(live.doc).length === 0, 'the removal to reach the open connection');
    // Removing it again says it is gone.
    const again = await post(coord.cookie, { lang: 'es-CO', csrf: coord.csrf, action: 'remove', id: saved!.id });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Esa entidad ya no está en el directorio.');
  });

  it('shows field errors and keeps what was typed', async () => {
    const coord = await signIn('coord@hub.co');
    const reply = await post(coord.cookie, { lang: 'es-CO', csrf: coord.csrf, action: 'save', ...entry, name: '  ', website: 'javascript:alert(1)' });
    expect(reply.status).toBe(400);
    const html = await reply.text();
    expect(html).toContain('Escriba el nombre (hasta 200 caracteres).');
    expect(html).toContain('Escriba una dirección web completa (https://…).');
    expect(html).toContain('value="javascript:alert(1)"');
    expect(html).toContain('aria-invalid="true"');
    expect(await t.stored(directoryDocumentName)).toBeUndefined();
    const english = await post(coord.cookie, { lang: 'en', csrf: coord.csrf, action: 'save', ...entry, kind: 'enemy' });
    expect(await english.text()).toContain('Choose the kind.');
  });

  it('lets a facilitator read the directory but not change it; refuses a POST without the CSRF token', async () => {
    const coord = await signIn('coord@hub.co');
    await post(coord.cookie, { lang: 'es-CO', csrf: coord.csrf, action: 'save', ...entry });
    const ana = await signIn('ana@hub.co');
    const html = await (await page('/dashboard/directory', ana.cookie)).text();
    expect(html).toContain('Alcaldía de Pasto');
    expect(html).not.toContain('<form class="signin" method="post" action="/dashboard/directory"');
    const refused = await post(ana.cookie, { lang: 'es-CO', csrf: ana.csrf, action: 'save', ...entry, name: 'Otra' });
    expect(refused.status).toBe(403);
    expect((await post(coord.cookie, { lang: 'es-CO', action: 'save', ...entry, name: 'Otra' })).status).toBe(403);
    expect((await stored()).map((item) => item.name)).toEqual(['Alcaldía de Pasto']);
    expect((await page('/dashboard/directory')).status).toBe(401);
  });

  it('never takes a client\'s edit of the directory over sync', async () => {
    const coord = await signIn('coord@hub.co');
    await post(coord.cookie, { lang: 'es-CO', csrf: coord.csrf, action: 'save', ...entry });
    const admin = await t.addUser('admin@hub.co', 'admin');
    const opened = await t.open(directoryDocumentName, (await t.login(admin.email)).accessToken);
    expect(opened.outcome).toBe('readonly');
    await waitUntil(() => readDirectory(opened.doc).length === 1, 'the directory to load');
    opened.doc.getMap('entries').set('forged', { ...entry, name: 'Falsa' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await stored()).map((item) => item.name)).toEqual(['Alcaldía de Pasto']);
  });
});
