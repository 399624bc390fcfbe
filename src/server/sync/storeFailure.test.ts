import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useBackend } from '../testing/backends';
import { newDocument, startTestHub, waitUntil } from '../testing/hubHarness';

/**
 * Write-before-ack when PostgreSQL is slow or failing: an edit is acknowledged only once its row
 * is committed, and an edit that could not be stored is sent again by the client and stored later.
 */
describe('a hub whose PostgreSQL blocks or refuses writes', () => {
  const store = useBackend('postgres');
  beforeAll(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('acknowledges an edit only after its row is committed, and stores a refused edit once writes work again', async () => {
    const { databaseUrl } = await store.storeOptions();
    const logs: string[] = [];
    const t = await startTestHub({ databaseUrl, log: (message) => logs.push(message) });
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      await t.addUser('ana@hub.co', 'facilitator');
      const { accessToken } = await t.login('ana@hub.co');
      const opened = await t.open('board:b1', accessToken, newDocument('board', { exerciseId: 'ex-1', workshopId: 'ws-1' }));
      await opened.settled();
      const board = opened.doc.getMap('board');
      const storedValue = async (key: string) => (await t.stored('board:b1'))?.getMap('board').get(key);

      // Writes wait behind a lock: nothing is acknowledged, nor seen by the hub's document.
      await admin.query('BEGIN');
      await admin.query('LOCK TABLE document_updates IN SHARE MODE');
      board.set('while-locked', 1);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(opened.provider.hasUnsyncedChanges).toBe(true);
      expect(t.hub.sync.hocuspocus.documents.get('board:b1')!.getMap('board').get('while-locked')).toBeUndefined();
      await admin.query('COMMIT');
      await opened.settled();
      expect(await storedValue('while-locked')).toBe(1);

      // Writes fail: the edit is not applied, the socket is reset, and the client sends it again.
      await admin.query('ALTER TABLE document_updates ADD CONSTRAINT refuse_writes CHECK (false) NOT VALID');
      board.set('while-failing', 2);
      await waitUntil(() => logs.some((line) => line.startsWith('Could not store an update of board:b1')), 'the failed write to be logged');
      expect(t.hub.sync.hocuspocus.documents.get('board:b1')?.getMap('board').get('while-failing')).toBeUndefined();
      expect(opened.provider.hasUnsyncedChanges).toBe(true);
      await admin.query('ALTER TABLE document_updates DROP CONSTRAINT refuse_writes');
      await waitUntil(async () => (await storedValue('while-failing')) === 2, 'the edit to be stored after the client reconnects', 15_000);
      await opened.settled(5_000);
    } finally {
      await admin.end();
      await t.close();
    }
  });
});
