import type { Db } from '../store/database';

/**
 * Pending changes: documents whose update log went further than what the hub last
 * acknowledged (table `sync_acknowledged`, migration 4). It is derived from the log itself, so
 * it survives restarts and restores, and costs nothing on the edit path: only a successful
 * round writes here.
 */

/** Each document's last log position: the newest update, or the snapshot after compaction. */
export function logPositions(db: Db): Map<string, number> {
  const rows = db.prepare<[], { id: string; seq: number }>(
    `SELECT d.id AS id, max(d.snapshot_seq, coalesce((SELECT max(u.seq) FROM document_updates u WHERE u.doc_id = d.id), 0)) AS seq
     FROM documents d`,
  ).all();
  return new Map(rows.map((row) => [row.id, row.seq]));
}

export function countPending(db: Db): number {
  const row = db.prepare<[], { n: number }>(
    `SELECT count(*) AS n FROM documents d
     WHERE max(d.snapshot_seq, coalesce((SELECT max(u.seq) FROM document_updates u WHERE u.doc_id = d.id), 0))
       > coalesce((SELECT a.seq FROM sync_acknowledged a WHERE a.doc_id = d.id), 0)`,
  ).get();
  return row?.n ?? 0;
}

/**
 * Records what a successful round covered. A document edited here while the round ran is
 * acknowledged only up to where it stood when the round began (the newer edit may not have
 * been sent); one the hub refused is not acknowledged at all, so it stays pending.
 */
export function acknowledge(db: Db, before: Map<string, number>, after: Map<string, number>, editedDuring: Set<string>, refused: Set<string>): void {
  const upsert = db.prepare('INSERT INTO sync_acknowledged (doc_id, seq) VALUES (?, ?) ON CONFLICT (doc_id) DO UPDATE SET seq = excluded.seq');
  db.transaction(() => {
    for (const [id, seq] of after) {
      if (refused.has(id)) continue;
      const covered = editedDuring.has(id) ? before.get(id) : seq;
      if (covered !== undefined) upsert.run(id, covered);
    }
  })();
}

/** A new sign-in (perhaps to another hub): nothing has been acknowledged there yet. */
export function forgetAcknowledged(db: Db): void {
  db.prepare('DELETE FROM sync_acknowledged').run();
}
