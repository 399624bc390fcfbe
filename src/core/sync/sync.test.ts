import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote, readNotes } from '../../shared/documents/boardDoc';
import { methodToolRoot } from '../../shared/documents/methodRoots';
import { startTestHub, testPassword, type TestHub } from '../../server/testing/hubHarness';
import { documentContent, startTestEngine, tempDataDir } from '../testing/harness';
import { SyncFailure } from './errors';
import { readHubLink } from './hubLink';
import { login } from './login';
import { syncRound } from './syncRound';

type Desk = ReturnType<typeof startTestEngine> & { remove(): void };

/** A desktop data folder with its engine; closed and removed after the test. */
function desk(): Desk {
  const folder = tempDataDir('minga-desk-');
  const started = startTestEngine(folder.dir);
  return { ...started, remove: folder.remove };
}

const storeOf = (d: Desk) => d.engine.store!;

async function writeNote(d: Desk, boardId: string, text: string): Promise<void> {
  const api = d.client();
  const opened = await api.openBoard({ id: boardId });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, opened.state);
  const updates: Uint8Array[] = [];
  doc.on('update', (update) => updates.push(update));
  addNote(doc, { id: crypto.randomUUID(), x: 10, y: 20 + updates.length, text });
  await api.applyBoardUpdate({ id: boardId, update: Y.mergeUpdates(updates) });
  await api.closeBoard({ id: boardId });
}

/** A row in the benchmarking tool's root, one Y.Map per case as the tool keeps them. */
async function writeCase(d: Desk, boardId: string, key: string, organisation: string): Promise<void> {
  const api = d.client();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await api.openBoard({ id: boardId })).state);
  const before = Y.encodeStateVector(doc);
  const root = methodToolRoot(doc, 'benchmark');
  doc.transact(() => {
    if (!root.has('cases')) root.set('cases', new Y.Map());
    (root.get('cases') as Y.Map<Y.Map<unknown>>).set(key, new Y.Map([['organisation', organisation]]));
  });
  await api.applyBoardUpdate({ id: boardId, update: Y.encodeStateAsUpdate(doc, before) });
  await api.closeBoard({ id: boardId });
}

function stateOf(d: Desk, id: string): { vector: Uint8Array; content: unknown } {
  const doc = storeOf(d).documents.get(id).doc;
  return { vector: Y.encodeStateVector(doc), content: documentContent(doc) };
}

describe('desktop sync with a real hub', () => {
  let hub: TestHub;
  const desks: Desk[] = [];
  const open = () => {
    const made = desk();
    desks.push(made);
    return made;
  };
  const signIn = (d: Desk, email: string) => login(storeOf(d), { hubUrl: hub.hub.url, email, password: testPassword, deviceName: 'portátil' });

  beforeEach(async () => {
    hub = await startTestHub();
  });
  afterEach(async () => {
    for (const d of desks.splice(0)) {
      d.close();
      d.remove();
    }
    await hub.close();
  });

  it('signs in, keeps the device, and refuses a wrong password cleanly', async () => {
    await hub.addUser('ana@example.org', 'facilitator');
    const a = open();
    const link = await signIn(a, 'ana@example.org');
    expect(link).not.toHaveProperty('refreshToken');
    const stored = readHubLink(storeOf(a).db)!;
    expect(stored).toMatchObject({ hubUrl: hub.hub.url, email: 'ana@example.org', role: 'facilitator', deviceId: link.deviceId });
    expect((await hub.hub.store.devices.byId(link.deviceId))?.revokedAt).toBeNull();

    const b = open();
    const wrong = await login(storeOf(b), { hubUrl: hub.hub.url, email: 'ana@example.org', password: 'not the password', deviceName: 'x' }).catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(SyncFailure);
    expect(wrong).toMatchObject({ code: 'invalid_credentials', exitCode: 4 });
    expect(readHubLink(storeOf(b).db)).toBeUndefined();

    const nowhere = await login(storeOf(b), { hubUrl: 'http://127.0.0.1:9', email: 'ana@example.org', password: testPassword, deviceName: 'x' }).catch((error: unknown) => error);
    expect(nowhere).toMatchObject({ code: 'hub_unreachable', exitCode: 3 });
  });

  it('carries exercises, workshops and boards between two folders both ways, and rotates the refresh token', async () => {
    await hub.addUser('ana@example.org', 'facilitator');
    const a = open();
    const b = open();
    await signIn(a, 'ana@example.org');
    await signIn(b, 'ana@example.org');
    const api = a.client();
    const exercise = await api.createExercise({ title: 'Participación ciudadana', leadEntity: 'Alcaldía de Pasto' });
    const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller de cocreación' } });
    const board = await api.createBoard({ workshopId: workshop.id, fields: { title: 'Ideas' } });
    await writeNote(a, board.id, 'Mejorar la atención');

    const tokenBefore = readHubLink(storeOf(a).db)!.refreshToken;
    const first = await syncRound(storeOf(a));
    expect(first.sent.sort()).toEqual([`board:${board.id}`, `exercise:${exercise.id}`, `workshop:${workshop.id}`].sort());
    expect(first.refused).toEqual([]);
    expect(readHubLink(storeOf(a).db)!.refreshToken).not.toBe(tokenBefore);
    expect((await hub.hub.store.documents.record(`workshop:${workshop.id}`))?.exerciseId).toBe(exercise.id);

    const second = await syncRound(storeOf(b));
    expect(second.received).toHaveLength(3);
    expect(second.sent).toEqual([]);
    for (const id of [exercise.id, workshop.id, board.id]) {
      const there = stateOf(b, id);
      const here = stateOf(a, id);
      expect(there.content).toEqual(here.content);
      expect(Y.decodeStateVector(there.vector)).toEqual(Y.decodeStateVector(here.vector));
    }
    const apiB = b.client();
    expect(await apiB.listExercises({})).toEqual([expect.objectContaining({ id: exercise.id, title: 'Participación ciudadana', workshopCount: 1 })]);
    expect(await apiB.listBoards({ workshopId: workshop.id })).toEqual([expect.objectContaining({ id: board.id, elementCount: 1 })]);
    expect((await apiB.search({ query: 'participacion' })).map((hit) => hit.id)).toContain(exercise.id);

    await writeNote(b, board.id, 'Horarios de atención ampliados');
    await apiB.updateWorkshop({ id: workshop.id, fields: { title: 'Taller de cocreación II' } });
    const third = await syncRound(storeOf(b));
    expect(third.sent.sort()).toEqual([`board:${board.id}`, `workshop:${workshop.id}`].sort());
    const fourth = await syncRound(storeOf(a));
    expect(fourth.received.sort()).toEqual([`board:${board.id}`, `workshop:${workshop.id}`].sort());
    expect(fourth.sent).toEqual([]);
    const notes = readNotes(storeOf(a).documents.get(board.id).doc).map((note) => note.text).sort();
    expect(notes).toEqual(['Horarios de atención ampliados', 'Mejorar la atención']);
    expect((await api.getWorkshop({ id: workshop.id })).title).toBe('Taller de cocreación II');
    for (const id of [exercise.id, workshop.id, board.id]) expect(stateOf(a, id)).toEqual(stateOf(b, id));
    // Nothing left to carry either way.
    expect(await syncRound(storeOf(a))).toMatchObject({ sent: [], received: [], refused: [] });
  });

  it('carries a method tool\'s data like any board, merging two laptops\' rows', async () => {
    await hub.addUser('ana@example.org', 'facilitator');
    const a = open();
    const b = open();
    await signIn(a, 'ana@example.org');
    await signIn(b, 'ana@example.org');
    const exercise = await a.client().createExercise({ title: 'Gobierno digital' });
    const workshop = await a.client().createWorkshop({ exerciseId: exercise.id, fields: { title: 'Referentes' } });
    const board = await a.client().createBoard({ workshopId: workshop.id, fields: { title: 'Casos', kind: 'benchmarking' } });
    await writeCase(a, board.id, 'uy', 'AGESIC');
    await syncRound(storeOf(a));
    await syncRound(storeOf(b));
    // Both laptops add a case while apart; each is its own entry, so both survive.
    await writeCase(a, board.id, 'ee', 'e-Estonia');
    await writeCase(b, board.id, 'kr', 'NIA Corea');
    await syncRound(storeOf(a));
    await syncRound(storeOf(b));
    await syncRound(storeOf(a));
    const names = (d: Desk) => {
      const cases = methodToolRoot(storeOf(d).documents.get(board.id).doc, 'benchmark').get('cases') as Y.Map<Y.Map<unknown>>;
      return [...cases.values()].map((row) => row.get('organisation')).sort();
    };
    expect(names(a)).toEqual(['AGESIC', 'NIA Corea', 'e-Estonia']);
    expect(names(b)).toEqual(names(a));
    expect((await b.client().listBoards({ workshopId: workshop.id }))[0]).toMatchObject({ kind: 'benchmarking' });
  });

  it('reports what an observer may not send, and still syncs what it may read', async () => {
    const ana = await hub.addUser('ana@example.org', 'facilitator');
    const olga = await hub.addUser('olga@example.org', 'observer');
    const a = open();
    const o = open();
    await signIn(a, ana.email);
    await signIn(o, olga.email);
    const exercise = await a.client().createExercise({ title: 'Compartido' });
    await syncRound(storeOf(a));
    await hub.accounts.assign(exercise.id, olga.id);

    const down = await syncRound(storeOf(o));
    expect(down.received).toEqual([`exercise:${exercise.id}`]);
    const apiO = o.client();
    await apiO.updateExercise({ id: exercise.id, fields: { title: 'Cambiado por la observadora' } });
    const own = await apiO.createExercise({ title: 'Propio' });
    const round = await syncRound(storeOf(o));
    expect(round.sent).toEqual([]);
    expect(round.refused.map((entry) => entry.name).sort()).toEqual([`exercise:${exercise.id}`, `exercise:${own.id}`].sort());
    expect(await hub.stored(`exercise:${own.id}`)).toBeUndefined();
    expect((await hub.stored(`exercise:${exercise.id}`))!.getMap('exercise').get('title')).toBe('Compartido');
  });

  it('ends a round aborted while its WebSocket is still connecting, without an uncaught error', async () => {
    await hub.addUser('ana@example.org', 'facilitator');
    const a = open();
    await signIn(a, 'ana@example.org');
    await a.client().createExercise({ title: 'Pendiente' });
    const stop = new AbortController();
    // Abort as soon as the manifest arrives: the socket is opened next, and closed at once.
    const fetchThenAbort: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).endsWith('/api/sync/manifest')) stop.abort();
      return response;
    };
    const failure = await syncRound(storeOf(a), { fetch: fetchThenAbort, signal: stop.signal }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'incomplete' });
    // An 'error' ws emits later, with no listener, would fail this file as an unhandled error.
    await new Promise((resolve) => setTimeout(resolve, 300));
  });

  it('fails clearly when the device was revoked, or was never signed in', async () => {
    await hub.addUser('ana@example.org', 'facilitator');
    const a = open();
    const never = await syncRound(storeOf(a)).catch((error: unknown) => error);
    expect(never).toMatchObject({ code: 'not_linked', exitCode: 4 });
    const link = await signIn(a, 'ana@example.org');
    await hub.hub.store.devices.revoke(link.deviceId);
    const revoked = await syncRound(storeOf(a)).catch((error: unknown) => error);
    expect(revoked).toMatchObject({ code: 'device_signed_out', exitCode: 4 });
    expect((revoked as Error).message).toMatch(/minga login/);
  });
});
