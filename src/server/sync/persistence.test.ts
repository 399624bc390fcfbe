import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startHub } from '../hub';
import { backends, useBackend } from '../testing/backends';
import { newDocument, startTestHub } from '../testing/hubHarness';

describe.each(backends)('hub persistence on %s', (backend) => {
  const store = useBackend(backend);

  it('stores every acknowledged update, compacts, and serves it after a restart', async () => {
    const t = await startTestHub({ compactAfter: 20, ...(await store.storeOptions()) });
    await t.addUser('ana@hub.co', 'facilitator');
    const { accessToken } = await t.login('ana@hub.co');
    const opened = await t.open('board:b1', accessToken, newDocument('board', { exerciseId: 'ex-1', workshopId: 'ws-1' }));
    for (let index = 0; index < 50; index += 1) {
      opened.doc.getMap('board').set(`k${index}`, index);
      await opened.settled();
      // Acknowledged means stored.
      expect((await t.stored('board:b1'))!.getMap('board').get(`k${index}`)).toBe(index);
    }
    opened.destroy();
    const before = (await t.documents.record('board:b1'))!;
    await t.hub.close();
    // The last client left: the log was folded into a snapshot.
    const again = await startHub({ ...t.storeOptions, port: 0, log: () => undefined });
    try {
      const record = (await again.store.documents.record('board:b1'))!;
      expect(record.snapshotSeq).toBe(before.lastSeq);
      expect(record.lastSeq).toBe(before.lastSeq);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await again.store.documents.load('board:b1'))!);
      expect(doc.getMap('board').get('k49')).toBe(49);
      expect(doc.getMap('board').get('title')).toBe('Título');
    } finally {
      await again.close();
      await t.close().catch(() => undefined);
    }
  });

  it('does not store a reconnecting client\'s sync again when it brings nothing new', async () => {
    const t = await startTestHub(await store.storeOptions());
    try {
      await t.addUser('ana@hub.co', 'facilitator');
      const { accessToken } = await t.login('ana@hub.co');
      const doc = newDocument('board', { exerciseId: 'ex-2', workshopId: 'ws-2' });
      const first = await t.open('board:b2', accessToken, doc);
      doc.getMap('board').delete('title');
      await first.settled();
      first.destroy();
      const seq = (await t.documents.record('board:b2'))!.lastSeq;
      // The same copy again: its sync step repeats the delete set, which the hub already has.
      const second = await t.open('board:b2', accessToken, doc);
      await second.settled();
      expect((await t.documents.record('board:b2'))!.lastSeq).toBe(seq);
      second.destroy();
    } finally {
      await t.close();
    }
  });
});
