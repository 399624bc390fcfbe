import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startHub } from '../hub';
import { newDocument, startTestHub } from '../testing/hubHarness';

describe('hub persistence', () => {
  it('stores every acknowledged update, compacts, and serves it after a restart', async () => {
    const t = await startTestHub({ compactAfter: 20 });
    await t.addUser('ana@hub.co', 'facilitator');
    const { accessToken } = await t.login('ana@hub.co');
    const opened = await t.open('board:b1', accessToken, newDocument('board', { exerciseId: 'ex-1', workshopId: 'ws-1' }));
    for (let index = 0; index < 50; index += 1) {
      opened.doc.getMap('board').set(`k${index}`, index);
      await opened.settled();
      // Acknowledged means on disk.
      expect(t.stored('board:b1')!.getMap('board').get(`k${index}`)).toBe(index);
    }
    opened.destroy();
    const dataDir = (t.hub.db.name as string).replace(/[/\\]hub\.sqlite$/, '');
    const before = t.documents.record('board:b1')!;
    await t.hub.close();
    // The last client left: the log was folded into a snapshot.
    const again = await startHub({ dataDir, port: 0, log: () => undefined });
    try {
      const row = again.db.prepare('SELECT snapshot_seq, last_seq FROM documents WHERE name = ?').get('board:b1') as { snapshot_seq: number; last_seq: number };
      expect(row.snapshot_seq).toBe(before.lastSeq);
      expect(row.last_seq).toBe(before.lastSeq);
      const doc = new Y.Doc();
      const state = again.db.prepare('SELECT snapshot FROM documents WHERE name = ?').get('board:b1') as { snapshot: Buffer };
      Y.applyUpdate(doc, state.snapshot);
      expect(doc.getMap('board').get('k49')).toBe(49);
    } finally {
      await again.close();
      await t.close().catch(() => undefined);
    }
  });
});
