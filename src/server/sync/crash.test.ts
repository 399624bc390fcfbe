import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openPostgresHubStore } from '../store/postgres/store';
import { hubClient } from '../testing/hubClient';
import { fastHash, newDocument, testPassword } from '../testing/hubHarness';
import { startHubProcess } from '../testing/hubProcess';
import { startTestPostgres, type TestPostgres } from '../testing/postgresServer';

/** Write-before-ack on PostgreSQL, tested the hard way: the hub process is killed mid-edit. */
describe('a hub on PostgreSQL killed during edits', () => {
  let postgres: TestPostgres;
  beforeAll(async () => {
    postgres = await startTestPostgres();
  });
  afterAll(() => postgres.stop());

  it('loses no acknowledged update', async () => {
    const url = await postgres.newDatabase();
    const setup = await openPostgresHubStore(url);
    await setup.accounts.addUser({ email: 'ana@hub.co', role: 'facilitator', passwordHash: await fastHash(testPassword) });
    await setup.close();

    const hub = await startHubProcess(url);
    const client = hubClient(hub);
    const acknowledged: string[] = [];
    try {
      const { accessToken } = await client.login('ana@hub.co');
      const opened = await client.open('board:b1', accessToken, newDocument('board', { exerciseId: 'ex-1', workshopId: 'ws-1' }));
      await opened.settled();
      const board = opened.doc.getMap('board');
      // Edits in bursts; a burst counts as acknowledged once the hub has answered all of it.
      let killed = false;
      const killer = setTimeout(() => {
        killed = true;
        void hub.kill();
      }, 400 + Math.random() * 400);
      for (let burst = 0; !killed; burst += 1) {
        const keys = Array.from({ length: 5 }, (_, index) => `b${burst}-${index}`);
        for (const key of keys) board.set(key, burst);
        try {
          await opened.settled(2_000);
          if (!killed) acknowledged.push(...keys);
        } catch {
          break;
        }
      }
      clearTimeout(killer);
      await hub.kill();
      expect(killed).toBe(true);
      // Enough edits happened before the kill for the test to mean something.
      expect(acknowledged.length).toBeGreaterThan(20);
    } finally {
      client.destroyAll();
      await hub.kill();
    }

    const store = await openPostgresHubStore(url);
    try {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await store.documents.load('board:b1'))!);
      const stored = doc.getMap('board');
      expect(acknowledged.filter((key) => !stored.has(key))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
