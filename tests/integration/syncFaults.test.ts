import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SyncFailure } from '../../src/core/sync/errors';
import { readHubLink } from '../../src/core/sync/hubLink';
import { openPostgresHubStore } from '../../src/server/store/postgres/store';
import { fastHash, startTestHub, testPassword, type TestHub } from '../../src/server/testing/hubHarness';
import { startHubProcess, type HubProcess } from '../../src/server/testing/hubProcess';
import { startTestPostgres, type TestPostgres } from '../../src/server/testing/postgresServer';
import { readElements } from '../../src/shared/board/elementMaps';
import { unthrottled } from './sync/convergenceRun';
import { addNotes, Desk, differenceBetween, noteTexts, replicaOf, settle } from './sync/desks';
import { startTcpProxy, type TcpProxy } from './sync/tcpProxy';

const hours = 3_600_000;

/** A shared exercise with one workshop and one board, created on `first` and synced to the hub. */
async function sharedBoard(first: Desk) {
  const exercise = await first.api.createExercise({ title: 'Participación ciudadana' });
  const workshop = await first.api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller' } });
  const board = await first.api.createBoard({ workshopId: workshop.id, fields: { title: 'Ideas' } });
  return { exerciseId: exercise.id, workshopId: workshop.id, boardId: board.id };
}

async function expectIdentical(desks: Desk[], workshopId: string): Promise<void> {
  const replicas = await Promise.all(desks.map((desk) => replicaOf(desk, workshopId)));
  for (const replica of replicas.slice(1)) expect(differenceBetween(replicas[0]!, replica)).toBeUndefined();
}

describe('desktop sync when things go wrong', () => {
  const desks: Desk[] = [];
  const open = (name: string, now?: () => Date) => {
    const desk = new Desk(name, now);
    desks.push(desk);
    return desk;
  };
  afterEach(() => {
    for (const desk of desks.splice(0)) desk.remove();
  });

  describe('on a hub behind a proxy that drops connections', () => {
    let hub: TestHub;
    let proxy: TcpProxy;
    beforeAll(async () => {
      hub = await startTestHub(unthrottled);
      await hub.addUser('ana@example.org', 'facilitator');
    });
    afterEach(() => proxy.close());
    afterAll(() => hub.close());

    for (const restore of ['at once', 'after the round gave up'] as const) {
      it(`a connection dropped mid-round and restored ${restore}: the next round completes, nothing lost or duplicated`, async () => {
        proxy = await startTcpProxy(Number(new URL(hub.hub.url).port));
        const [a, b] = [open('A'), open('B')];
        for (const desk of [a, b]) await desk.signIn(proxy.url, 'ana@example.org');
        const { workshopId, boardId } = await sharedBoard(a);
        const texts = Array.from({ length: 400 }, (_, index) => `idea ${index} sobre participación ciudadana`);
        await addNotes(a.api, boardId, texts);

        // The board's update is one frame of tens of kilobytes: the cut falls inside it.
        const cut = proxy.cutAfterUpload(8_000, restore !== 'at once');
        const interrupted = await a.sync({ timeoutMs: 4_000 }).then((report) => report, (error: unknown) => error);
        await cut;
        if (restore === 'at once') {
          // The provider reconnects by itself; the round may finish or give up, but only cleanly.
          if (interrupted instanceof Error) expect(interrupted).toBeInstanceOf(SyncFailure);
        } else {
          expect(interrupted).toBeInstanceOf(SyncFailure);
          expect(interrupted).toMatchObject({ code: 'incomplete', exitCode: 1 });
          expect(readHubLink(a.store.db)!.lastSyncAt).toBeNull();
          proxy.refuse(false);
        }

        await settle([a, b]);
        expect(noteTexts(b, boardId)).toEqual([...texts].sort());
        expect(readElements(b.store.documents.get(boardId).doc)).toHaveLength(400);
        await expectIdentical([a, b], workshopId);
        const stored = (await hub.stored(`board:${boardId}`))!;
        expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(a.store.documents.get(boardId).doc));
      }, 60_000);
    }
  });

  it('a client clock hours off still signs in and syncs, and the later edit wins whatever the clocks say', async () => {
    const hub = await startTestHub();
    try {
      await hub.addUser('ana@example.org', 'facilitator');
      const ahead = open('ahead', () => new Date(Date.now() + 5 * hours));
      const behind = open('behind', () => new Date(Date.now() - 5 * hours));
      for (const desk of [ahead, behind]) await desk.signIn(hub.hub.url, 'ana@example.org');
      const { exerciseId, workshopId, boardId } = await sharedBoard(ahead);
      await addNotes(ahead.api, boardId, ['desde el futuro']);
      await settle([ahead, behind]);

      // Written later in real time, on the clock that reads ten hours earlier.
      await behind.api.updateExercise({ id: exerciseId, fields: { title: 'Título final' } });
      await addNotes(behind.api, boardId, ['desde el pasado']);
      await settle([behind, ahead]);
      await expectIdentical([ahead, behind], workshopId);
      expect((await ahead.api.getExercise({ id: exerciseId })).title).toBe('Título final');
      expect(noteTexts(ahead, boardId)).toEqual(['desde el futuro', 'desde el pasado']);
    } finally {
      await hub.close();
    }
  }, 30_000);

  describe('on a hub process killed with SIGKILL during an edit storm', () => {
    let postgres: TestPostgres;
    beforeAll(async () => {
      postgres = await startTestPostgres();
    });
    afterAll(() => postgres.stop());

    it('loses no update a sync round reported done, and converges after the restart', async () => {
      const url = await postgres.newDatabase();
      const setup = await openPostgresHubStore(url);
      await setup.accounts.addUser({ email: 'ana@hub.co', role: 'facilitator', passwordHash: await fastHash(testPassword) });
      await setup.close();
      let hub: HubProcess = await startHubProcess(url);
      const proxy = await startTcpProxy(Number(new URL(hub.url).port));
      try {
        const storm = [open('A'), open('B'), open('C')];
        for (const desk of storm) await desk.signIn(proxy.url, 'ana@hub.co');
        const { workshopId, boardId } = await sharedBoard(storm[0]!);
        await settle(storm);

        // Each desk writes a few notes and syncs, again and again; a round that returned means
        // the hub acknowledged everything the desk had when it began.
        const acknowledged: string[] = [];
        const written: string[] = [];
        let killed = false;
        // The kill comes once the storm is well under way (enough rounds acknowledged, however
        // busy the machine is), at a random moment after that, so it lands mid-round.
        const startedAt = Date.now();
        let killer: NodeJS.Timeout | undefined;
        const watch = setInterval(() => {
          if (killer || (new Set(acknowledged).size < 24 && Date.now() - startedAt < 20_000)) return;
          clearInterval(watch);
          killer = setTimeout(() => {
            killed = true;
            void hub.kill();
          }, Math.random() * 400);
        }, 20);
        const outcomes = await Promise.all(storm.map(async (desk) => {
          const failures: unknown[] = [];
          for (let burst = 0; !killed; burst += 1) {
            const texts = [1, 2, 3].map((index) => `${desk.name}-${burst}-${index}`);
            await addNotes(desk.api, boardId, texts);
            written.push(...texts);
            const before = noteTexts(desk, boardId);
            try {
              await desk.sync({ timeoutMs: 2_000 });
              if (!killed) acknowledged.push(...before);
            } catch (error) {
              failures.push(error);
              break;
            }
          }
          return failures;
        }));
        clearInterval(watch);
        clearTimeout(killer);
        await hub.kill();
        expect(killed).toBe(true);
        expect(new Set(acknowledged).size).toBeGreaterThan(20);
        // Every round the kill interrupted failed as a SyncFailure, not with something unexpected.
        for (const failure of outcomes.flat()) expect(failure).toBeInstanceOf(SyncFailure);

        const store = await openPostgresHubStore(url);
        try {
          const doc = new Y.Doc();
          Y.applyUpdate(doc, (await store.documents.load(`board:${boardId}`))!);
          const onHub = new Set(readElements(doc).flatMap((element) => (element.type === 'note' ? [element.text] : [])));
          expect([...new Set(acknowledged)].filter((text) => !onHub.has(text))).toEqual([]);
        } finally {
          await store.close();
        }

        hub = await startHubProcess(url);
        proxy.retarget(Number(new URL(hub.url).port));
        // A kill between the hub rotating a refresh token and the answer reaching the desk signs
        // that device out (reuse detection, src/server/auth/sessions.ts); the person signs in
        // again, and the desk's edits, kept locally, still go up.
        for (const desk of storm) {
          const round = await desk.sync({ timeoutMs: 15_000 }).catch((error: unknown) => error);
          if (round instanceof SyncFailure && round.code === 'device_signed_out') await desk.signIn(proxy.url, 'ana@hub.co');
          else if (round instanceof Error) throw round;
        }
        await settle(storm);
        await expectIdentical(storm, workshopId);
        expect(noteTexts(storm[0]!, boardId)).toEqual([...written].sort());
      } finally {
        await proxy.close();
        await hub.kill();
      }
    }, 90_000);
  });
});
