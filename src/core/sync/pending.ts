import type { Db } from '../store/database';

/**
 * Pending changes: documents whose update log went further than what the hub last
 * acknowledged (table `sync_acknowledged`, migration 4). It is derived from the log itself, so
 * it survives restarts and restores, and costs nothing on the edit path: only a successful
 * round writes here.
 */

/**
 * Each document's last log position (its newest update, or the snapshot after compaction) and
 * what the hub acknowledged of it. The newest updates come from one pass over the log grouped by
 * document: a lookup per document costs far more, as each lookup reads that row's update blob.
 */
const positions = `
  WITH logs AS (SELECT doc_id, max(seq) AS seq FROM document_updates GROUP BY doc_id)
  SELECT d.id AS id, d.kind AS kind, max(d.snapshot_seq, coalesce(l.seq, 0)) AS seq, coalesce(a.seq, 0) AS acknowledged
  FROM documents d LEFT JOIN logs l ON l.doc_id = d.id LEFT JOIN sync_acknowledged a ON a.doc_id = d.id`;

interface Position { id: string; kind: string; seq: number; acknowledged: number }

function pendingRows(db: Db): Position[] {
  return db.prepare<[], Position>(`SELECT * FROM (${positions}) WHERE seq > acknowledged`).all();
}

/** The last log position of each pending document. */
export function pendingPositions(db: Db): Map<string, number> {
  return new Map(pendingRows(db).map((row) => [row.id, row.seq]));
}

/** The last log position of each of `ids` that exists. */
export function logPositions(db: Db, ids: Iterable<string>): Map<string, number> {
  const wanted = new Set(ids);
  if (wanted.size === 0) return new Map();
  const rows = db.prepare<[], Position>(positions).all();
  return new Map(rows.filter((row) => wanted.has(row.id)).map((row) => [row.id, row.seq]));
}

export function countPending(db: Db): number {
  return pendingRows(db).length;
}

/** Documents with changes the hub has not acknowledged, as hub names ("kind:id"). */
export function pendingNames(db: Db): string[] {
  return pendingRows(db).map((row) => `${row.kind}:${row.id}`);
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
