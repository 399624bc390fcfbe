import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote } from '../../src/shared/documents/boardDoc';
import { readElements } from '../../src/shared/board/elementMaps';
import { startTestEngine, tempDataDir } from '../../src/core/testing/harness';
import { login } from '../../src/core/sync/login';
import { countPending } from '../../src/core/sync/pending';
import { exportDesktopPackage, importDesktopPackage } from '../../src/core/sync/package/desktopPackage';
import { decodePackage, encodePackage } from '../../src/core/sync/package/format';
import { exportHubPackage, importHubPackage } from '../../src/server/sync/packages';
import { acknowledgedRound } from '../../src/core/sync/acknowledgedRound';
import { csrfToken } from '../../src/server/http/csrf';
import { startTestHub, testPassword, type TestHub } from '../../src/server/testing/hubHarness';

/**
 * What the central office publishes reaches a facilitator's desktop at its next sync: a
 * coordinator edits the entity directory on the dashboard of a real hub, and a desktop core's
 * sync round (`syncRound`, as the app and `minga sync` run it) brings it down, with no change to the sync itself (it syncs whatever the hub lists).
 */
describe('hub-owned content reaches the desktop', () => {
  let hub: TestHub;
  let folder: ReturnType<typeof tempDataDir>;
  let desk: ReturnType<typeof startTestEngine>;
  beforeEach(async () => {
    hub = await startTestHub();
    await hub.addUser('coord@hub.co', 'coordinator');
    await hub.addUser('ana@hub.co', 'facilitator');
    folder = tempDataDir('minga-desk-');
    desk = startTestEngine(folder.dir);
  });
  afterEach(async () => {
    desk.close();
    folder.remove();
    await hub.close();
  });

  /** Signs the coordinator in on the dashboard; returns a poster of its forms. */
  async function dashboard() {
    const reply = await fetch(`${hub.hub.url}/dashboard/login`, {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'coord@hub.co', password: testPassword, lang: 'es-CO' }).toString(),
    });
    const cookie = reply.headers.get('set-cookie')!.split(';')[0]!;
    const coord = (await hub.accounts.byEmail('coord@hub.co'))!;
    const csrf = csrfToken(await hub.hub.store.signingSecret(), (await hub.hub.store.devices.list(coord.id)).at(-1)!.id);
    return async (path: string, fields: Record<string, string>) => {
      const posted = await fetch(`${hub.hub.url}${path}`, {
        method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ lang: 'es-CO', csrf, ...fields }).toString(),
      });
      expect(posted.status).toBe(303);
    };
  }

  it('brings the entity directory down, and its later edits', async () => {
    const post = await dashboard();
    await post('/dashboard/directory', { action: 'save', name: 'Alcaldía de Pasto', kind: 'public_entity', department: 'Nariño', sector: 'public' });
    await post('/dashboard/directory', { action: 'save', name: 'Universidad de Nariño', kind: 'partner', department: 'Nariño', sector: 'academia' });

    const store = desk.engine.store!;
    await login(store, { hubUrl: hub.hub.url, email: 'ana@hub.co', password: testPassword, deviceName: 'portátil' });
    const api = desk.client();
    expect(await api.entityDirectory({})).toEqual([]);
    const first = await acknowledgedRound(store);
    expect(first.received).toContain('directory:entities');
    expect(first.refused).toEqual([]);
    const entries = await api.entityDirectory({});
    expect(entries.map((entry) => entry.name)).toEqual(['Alcaldía de Pasto', 'Universidad de Nariño']);
    // Nothing of the hub's documents shows among the facilitator's own work.
    expect(await api.search({ query: 'Pasto' })).toEqual([]);

    await post('/dashboard/directory', { action: 'remove', id: entries[1]!.id });
    await post('/dashboard/directory', { action: 'save', id: entries[0]!.id, name: 'Alcaldía Municipal de Pasto', kind: 'public_entity', sector: 'public' });
    const second = await acknowledgedRound(store);
    expect(second.refused).toEqual([]);
    expect(second.sent).not.toContain('directory:entities');
    expect((await api.entityDirectory({})).map((entry) => entry.name)).toEqual(['Alcaldía Municipal de Pasto']);
    // A third round has nothing to bring or refuse.
    const third = await acknowledgedRound(store);
    expect(third).toMatchObject({ sent: [], received: [], refused: [] });
    // What came from the hub is not a change waiting to be sent.
    expect(countPending(store.db)).toBe(0);
  });

  it('brings a published template down; a board made from it gets its elements with new ids; withdrawing hides it', async () => {
    const store = desk.engine.store!;
    await login(store, { hubUrl: hub.hub.url, email: 'ana@hub.co', password: testPassword, deviceName: 'portátil' });
    const api = desk.client();
    // Ana makes a board with two notes and syncs it.
    const exercise = await api.createExercise({ title: 'Movilidad', leadEntity: 'Alcaldía de Pasto' });
    const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller 1' } });
    const source = await api.createBoard({ workshopId: workshop.id, fields: { title: 'Ideas', kind: 'blank' } });
    const opened = await api.openBoard({ id: source.id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    const before = Y.encodeStateVector(doc);
    addNote(doc, { id: crypto.randomUUID(), x: 10, y: 10, text: '¿Cómo podríamos…?' });
    addNote(doc, { id: crypto.randomUUID(), x: 300, y: 10, text: 'Idea loca' });
    await api.applyBoardUpdate({ id: source.id, update: Y.encodeStateAsUpdate(doc, before) });
    await api.closeBoard({ id: source.id });
    await acknowledgedRound(store);

    const post = await dashboard();
    await post(`/dashboard/exercises/${exercise.id}/templates`, { boardId: source.id, nameEs: 'Ideación', nameEn: 'Ideation', descriptionEs: 'Dos preguntas', descriptionEn: '' });
    expect(await api.hubTemplates({})).toEqual([]);
    const round = await acknowledgedRound(store);
    expect(round.received.some((name) => name.startsWith('template:'))).toBe(true);
    const [published] = await api.hubTemplates({});
    expect(published).toMatchObject({ name: { 'es-CO': 'Ideación', en: 'Ideation' }, description: { 'es-CO': 'Dos preguntas', en: '' }, elementCount: 2 });

    const made = await api.createBoardFromHubTemplate({ workshopId: workshop.id, templateId: published!.id, fields: { title: 'Desde la oficina' } });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, (await api.openBoard({ id: made.id })).state);
    const copied = readElements(copy);
    const original = readElements(doc);
    expect(copied.map((element) => (element.type === 'note' ? element.text : '')).sort()).toEqual(['Idea loca', '¿Cómo podríamos…?']);
    expect(copied.some((element) => original.some((other) => other.id === element.id))).toBe(false);
    expect((await api.listBoards({ workshopId: workshop.id })).map((board) => board.title).sort()).toEqual(['Desde la oficina', 'Ideas']);

    const templateId = published!.id;
    const anonymous = await fetch(`${hub.hub.url}/dashboard/templates`, { redirect: 'manual' });
    expect(anonymous.status).toBe(401);
    await post('/dashboard/templates', { action: 'withdraw', id: templateId });
    await acknowledgedRound(store);
    expect(await api.hubTemplates({})).toEqual([]);
    await expect(api.createBoardFromHubTemplate({ workshopId: workshop.id, templateId, fields: { title: 'Otra' } })).rejects.toMatchObject({ code: 'not_found' });
    expect(countPending(store.db)).toBe(0);
  });

  it('carries the directory in a sync package too, and refuses nothing when the package comes back', async () => {
    const post = await dashboard();
    await post('/dashboard/directory', { action: 'save', name: 'Gobernación de Nariño', kind: 'public_entity', sector: 'public' });
    const store = desk.engine.store!;
    await login(store, { hubUrl: hub.hub.url, email: 'ana@hub.co', password: testPassword, deviceName: 'portátil' });
    const pkg = decodePackage(encodePackage(await exportHubPackage(hub.hub.store, 'ana@hub.co', new Date())));
    expect(pkg.documents.map((entry) => entry.name)).toEqual(['directory:entities']);
    expect(importDesktopPackage(store, pkg).changed).toEqual(['directory:entities']);
    expect((await desk.client().entityDirectory({})).map((entry) => entry.name)).toEqual(['Gobernación de Nariño']);
    // The desktop's own package holds the directory it received; the hub takes nothing from it.
    const back = await importHubPackage(hub.hub.store, decodePackage(encodePackage(exportDesktopPackage(store))));
    expect(back).toMatchObject({ stored: [], unchanged: ['directory:entities'], refused: [] });
  });
});
