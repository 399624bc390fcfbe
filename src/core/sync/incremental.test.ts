import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roots } from '../../shared/documents/schema';
import { bucketOf } from '../../shared/hub/manifest';
import { startTestHub, testPassword, type TestHub } from '../../server/testing/hubHarness';
import { startTestEngine, tempDataDir } from '../testing/harness';
import { login } from './login';
import { countPending } from './pending';
import { acknowledgedRound } from './acknowledgedRound';
import { seenVersions } from './seen';
import type { SyncSession } from './session';
import type { SyncOptions } from './syncRound';

/** A desktop data folder that counts the HTTP requests its rounds make. */
function desk() {
  const folder = tempDataDir('minga-desk-');
  const running = startTestEngine(folder.dir);
  const requests: string[] = [];
  const counting: typeof fetch = (input, init) => {
    requests.push(new URL(String(input)).pathname);
    return fetch(input, init);
  };
  const session: SyncSession = {};
  return {
    api: running.client(),
    store: running.engine.store!,
    requests,
    sync: (options: SyncOptions = {}) => acknowledgedRound(running.engine.store!, { fetch: counting, session, ...options }),
    remove() {
      running.close();
      folder.remove();
    },
  };
}
type Desk = ReturnType<typeof desk>;

describe('incremental sync rounds (the manifest)', () => {
  let hub: TestHub;
  const desks: Desk[] = [];
  const open = async (email: string) => {
    const made = desk();
    desks.push(made);
    await login(made.store, { hubUrl: hub.hub.url, email, password: testPassword, deviceName: 'portátil' });
    return made;
  };

  beforeEach(async () => {
    hub = await startTestHub();
  });
  afterEach(async () => {
    for (const made of desks.splice(0)) made.remove();
    await hub.close();
  });

  /** Ana's exercise with a workshop and `boards` boards, synced, and Beto assigned to it. */
  async function shared(boards: number) {
    await hub.addUser('ana@example.org', 'facilitator');
    const beto = await hub.addUser('beto@example.org', 'facilitator');
    const a = await open('ana@example.org');
    const exercise = await a.api.createExercise({ title: 'Reto compartido' });
    const workshop = await a.api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller' } });
    const ids: string[] = [];
    for (let index = 0; index < boards; index += 1) ids.push((await a.api.createBoard({ workshopId: workshop.id, fields: { title: `Tablero ${index}` } })).id);
    await a.sync();
    await hub.accounts.assign(exercise.id, beto.id);
    const b = await open('beto@example.org');
    return { a, b, exercise, workshop, boards: ids };
  }

  it('pulls everything once, then a round with nothing changed is one request and opens nothing', async () => {
    const { a, b, boards } = await shared(3);
    const first = await b.sync();
    expect(first.received).toHaveLength(5);
    expect(b.store.documents.has(boards[2]!)).toBe(true);
    // Ana's next round re-reads, once, what she sent (the hub's version moved with it).
    await a.sync();

    for (const d of [a, b]) {
      d.requests.length = 0;
      const idle = await d.sync();
      expect(idle.opened).toBe(0);
      expect(d.requests).toEqual(['/api/sync/manifest']);
    }
  });

  it('opens only the documents changed on the hub or here', async () => {
    const { a, b, boards } = await shared(4);
    await b.sync();
    await a.sync();
    await a.sync();
    a.store.documents.change(boards[1]!, (doc) => doc.getMap(roots.board).set('title', 'Renombrado'));
    const sent = await a.sync();
    expect(sent.opened).toBe(1);
    expect(sent.sent).toEqual([`board:${boards[1]}`]);

    const pulled = await b.sync();
    expect(pulled.opened).toBe(1);
    expect(pulled.received).toEqual([`board:${boards[1]}`]);
    expect(b.store.documents.get(boards[1]!).doc.getMap(roots.board).get('title')).toBe('Renombrado');
    expect(countPending(b.store.db)).toBe(0);
  });

  it('forgets documents the user may no longer read, and keeps their local copy', async () => {
    const { b, boards } = await shared(2);
    await b.sync();
    const gone = `board:${boards[0]}`;
    expect(seenVersions(b.store.db).has(gone)).toBe(true);
    // The hub as it answers once the board is out of reach: its bucket answered without it.
    const withoutBoard: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith('/api/sync/manifest')) return response;
      const reply = await response.json() as { buckets: number[]; documents: { name: string }[] };
      const bucket = bucketOf(gone);
      return Response.json({ buckets: [...new Set([...reply.buckets, bucket])], documents: reply.documents.filter((entry) => entry.name !== gone) });
    };
    const round = await b.sync({ fetch: withoutBoard });
    expect(round.opened).toBe(0);
    expect(seenVersions(b.store.db).has(gone)).toBe(false);
    expect(b.store.documents.has(boards[0]!)).toBe(true);
  });

  it('forgets the documents of an exercise the user was unassigned from, at the next round', async () => {
    const { b, exercise, boards } = await shared(2);
    await b.sync();
    const beto = (await hub.accounts.byEmail('beto@example.org'))!;
    await hub.accounts.unassign(exercise.id, beto.id);
    const round = await b.sync();
    expect(round.opened).toBe(0);
    const seen = seenVersions(b.store.db);
    for (const id of boards) expect(seen.has(`board:${id}`)).toBe(false);
    expect(seen.has(`exercise:${exercise.id}`)).toBe(false);
    // What this folder holds stays: the hub decides what it serves, not what a laptop keeps.
    expect(b.store.documents.has(boards[0]!)).toBe(true);
  });

  it('holds a sync that would delete more than half of the boards here, until a person confirms', async () => {
    const { a, b, boards } = await shared(4);
    await b.sync();
    for (const id of boards.slice(0, 3)) a.store.documents.change(id, (doc) => doc.getMap(roots.board).set('deletedAt', '2026-11-27T12:00:00.000Z'));
    await a.sync();

    const held = await b.sync();
    expect(held.held).toEqual({ boards: boards.slice(0, 3).map((id) => `board:${id}`).sort(), live: 4 });
    for (const id of boards) expect(b.store.documents.get(id).doc.getMap(roots.board).get('deletedAt')).toBeUndefined();
    // Asked again next round, not silently taken.
    expect((await b.sync()).held?.boards).toHaveLength(3);

    const confirmed = await b.sync({ allowDeletions: true });
    expect(confirmed.held).toBeUndefined();
    for (const id of boards.slice(0, 3)) expect(b.store.documents.get(id).doc.getMap(roots.board).get('deletedAt')).toBe('2026-11-27T12:00:00.000Z');
    expect((await b.sync()).opened).toBe(0);
  });

  it('lets one deleted board through without asking', async () => {
    const { a, b, boards } = await shared(3);
    await b.sync();
    a.store.documents.change(boards[0]!, (doc) => doc.getMap(roots.board).set('deletedAt', '2026-11-27T12:00:00.000Z'));
    await a.sync();
    const round = await b.sync();
    expect(round.held).toBeUndefined();
    expect(b.store.documents.get(boards[0]!).doc.getMap(roots.board).get('deletedAt')).toBe('2026-11-27T12:00:00.000Z');
  });

  it('does not bring back a board purged here, even when it changes on the hub', async () => {
    const { a, b, boards } = await shared(2);
    await b.sync();
    await b.api.deleteBoard({ id: boards[0]! });
    await b.api.purgeBoard({ id: boards[0]! });
    await b.sync();
    a.store.documents.change(boards[0]!, (doc) => doc.getMap(roots.board).set('title', 'Cambiado en la oficina'));
    await a.sync();

    const round = await b.sync();
    expect(round.received).toEqual([]);
    expect(b.store.documents.has(boards[0]!)).toBe(false);
    b.requests.length = 0;
    expect((await b.sync()).opened).toBe(0);
    expect(b.requests).toEqual(['/api/sync/manifest']);
  });
});
