import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Role } from '../roles';
import { backends, useBackend } from '../testing/backends';
import { newDocument, startTestHub, waitUntil, type OpenOutcome, type TestHub } from '../testing/hubHarness';
import { editHubDocument } from './hubDocuments';

/**
 * Every role against every kind of document, over real WebSockets: a facilitator creates an
 * exercise with a workshop and a board by syncing them; then each account opens each document.
 */
describe.each(backends)('hub authorization on %s', (backend) => {
  const store = useBackend(backend);
  let t: TestHub;
  const tokens: Record<string, string> = {};
  const names = { exercise: 'exercise:ex-1', workshop: 'workshop:ws-1', board: 'board:bd-1' };

  beforeAll(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    t = await startTestHub(await store.storeOptions());
    const accounts: [string, Role][] = [
      ['admin@hub.co', 'admin'], ['coord@hub.co', 'coordinator'], ['ana@hub.co', 'facilitator'],
      ['beto@hub.co', 'facilitator'], ['caro@hub.co', 'facilitator'], ['olga@hub.co', 'observer'], ['otto@hub.co', 'observer'],
    ];
    for (const [email, role] of accounts) {
      await t.addUser(email, role);
      tokens[email] = (await t.login(email)).accessToken;
    }
    // Ana creates the exercise, a workshop and a board offline, then syncs them.
    for (const [name, doc] of [
      [names.exercise, newDocument('exercise', {}, 'Gobierno abierto')],
      [names.workshop, newDocument('workshop', { exerciseId: 'ex-1' }, 'Taller 1')],
      [names.board, newDocument('board', { exerciseId: 'ex-1', workshopId: 'ws-1' }, 'Ideas')],
    ] as const) {
      const opened = await t.open(name, tokens['ana@hub.co']!, doc);
      expect(opened.outcome).toBe('read-write');
      await opened.settled();
      opened.destroy();
    }
    const caro = (await t.accounts.byEmail('caro@hub.co'))!;
    const olga = (await t.accounts.byEmail('olga@hub.co'))!;
    await t.accounts.assign('ex-1', caro.id);
    await t.accounts.assign('ex-1', olga.id);
    // The hub writes its own documents (the dashboard does this for coordinators).
    const coord = (await t.accounts.byEmail('coord@hub.co'))!;
    for (const name of ['directory:entities', 'template:tpl-1']) {
      await editHubDocument({ hocuspocus: t.hub.sync.hocuspocus, documents: t.documents }, name, coord, (doc) => doc.getMap('hub').set('title', 'De la oficina'));
    }
  });
  afterAll(async () => {
    await t.close();
    vi.restoreAllMocks();
  });

  const expected: [string, OpenOutcome][] = [
    ['admin@hub.co', 'read-write'],
    ['coord@hub.co', 'readonly'],
    ['ana@hub.co', 'read-write'], // created the exercise
    ['beto@hub.co', 'denied'], // another facilitator's exercise
    ['caro@hub.co', 'read-write'], // assigned
    ['olga@hub.co', 'readonly'], // observer, assigned
    ['otto@hub.co', 'denied'], // observer, not assigned
  ];

  for (const kind of ['exercise', 'workshop', 'board'] as const) {
    for (const [email, outcome] of expected) {
      it(`${email} opening the ${kind}: ${outcome}`, async () => {
        const name = names[kind];
        const opened = await t.open(name, tokens[email]!);
        expect(opened.outcome).toBe(outcome);
        if (outcome === 'denied') {
          expect(opened.doc.getMap(kind).get('title')).toBeUndefined();
          opened.destroy();
          return;
        }
        // Readers see the content.
        expect(opened.doc.getMap(kind).get('title')).toBeTypeOf('string');
        opened.doc.getMap(kind).set(`note-${email}`, 'edit');
        if (outcome === 'read-write') {
          await opened.settled();
          expect((await t.stored(name))!.getMap(kind).get(`note-${email}`)).toBe('edit');
        } else {
          // A read-only connection's edit is answered "not applied" and never stored.
          await new Promise((resolve) => setTimeout(resolve, 150));
          expect((await t.stored(name))!.getMap(kind).get(`note-${email}`)).toBeUndefined();
          expect(t.hub.sync.hocuspocus.documents.get(name)?.getMap(kind).get(`note-${email}`)).toBeUndefined();
        }
        opened.destroy();
      });
    }
  }

  for (const name of ['directory:entities', 'template:tpl-1']) {
    it(`every role reads ${name}, and nobody writes it over sync`, async () => {
      for (const email of Object.keys(tokens)) {
        const opened = await t.open(name, tokens[email]!);
        expect(opened.outcome).toBe('readonly');
        expect(opened.doc.getMap('hub').get('title')).toBe('De la oficina');
        opened.doc.getMap('hub').set(`note-${email}`, 'edit');
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect((await t.stored(name))!.getMap('hub').get(`note-${email}`)).toBeUndefined();
        expect(t.hub.sync.hocuspocus.documents.get(name)?.getMap('hub').get(`note-${email}`)).toBeUndefined();
        opened.destroy();
      }
    });
  }

  it('lets no client create a hub-owned document over sync, not even an admin', async () => {
    const forged = new Y.Doc();
    forged.getMap('meta').set('kind', 'template');
    forged.getMap('meta').set('schemaVersion', 1);
    forged.getMap('template').set('name', 'Plantilla pirata');
    const opened = await t.open('template:forged', tokens['admin@hub.co']!, forged);
    expect(opened.outcome).toBe('readonly');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await t.documents.record('template:forged')).toBeUndefined();
    expect(await t.stored('template:forged')).toBeUndefined();
    opened.destroy();
  });

  it('refuses a board that claims another facilitator\'s exercise', async () => {
    const forged = newDocument('board', { exerciseId: 'ex-1', workshopId: 'ws-1' }, 'Intruso');
    const opened = await t.open('board:forged', tokens['beto@hub.co']!, forged);
    // Unknown documents open provisionally for writers; the first update is checked.
    expect(opened.outcome).toBe('read-write');
    await waitUntil(() => (t.hub.sync.hocuspocus.documents.get('board:forged')?.getConnectionsCount() ?? 0) === 0, 'the forged board to be closed');
    expect(await t.documents.record('board:forged')).toBeUndefined();
    expect(await t.stored('board:forged')).toBeUndefined();
    opened.destroy();
  });

  it('refuses a first update without meta, and observers cannot create documents', async () => {
    const bare = new Y.Doc();
    bare.getMap('board').set('title', 'sin meta');
    const opened = await t.open('board:bare', tokens['beto@hub.co']!, bare);
    await waitUntil(() => (t.hub.sync.hocuspocus.documents.get('board:bare')?.getConnectionsCount() ?? 0) === 0, 'the bare board to be closed');
    expect(await t.documents.record('board:bare')).toBeUndefined();
    opened.destroy();
    const observer = await t.open('exercise:new-by-observer', tokens['olga@hub.co']!, newDocument('exercise'));
    expect(observer.outcome).toBe('denied');
    observer.destroy();
  });

  it('lets a facilitator create an exercise of their own and keeps others out of it', async () => {
    const mine = await t.open('exercise:ex-beto', tokens['beto@hub.co']!, newDocument('exercise', {}, 'De Beto'));
    await mine.settled();
    expect(await t.documents.record('exercise:ex-beto')).toMatchObject({ exerciseId: 'ex-beto' });
    expect((await t.accounts.exercise('ex-beto'))?.createdBy).toBe((await t.accounts.byEmail('beto@hub.co'))!.id);
    const ana = await t.open('exercise:ex-beto', tokens['ana@hub.co']!);
    expect(ana.outcome).toBe('denied');
    mine.destroy();
    ana.destroy();
  });

  it('refuses malformed document names and bad tokens', async () => {
    // Not a Minga document name: the frame is refused at the edge and the socket closed.
    expect((await t.open('ex-1', tokens['admin@hub.co']!)).outcome).toBe('closed');
    expect((await t.open('exercise:ex-1', 'mha1.forged.token')).outcome).toBe('denied');
  });
});
