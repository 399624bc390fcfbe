import type { Db } from '../store/database';

/**
 * Pending changes: documents whose update log went further than what the hub last
 * acknowledged (table `sync_acknowledged`, migration 4). It is derived from the log itself, so
 * it survives restarts and restores, and costs nothing on the edit path: only a successful
 * round writes here.
 */

const position = `max(d.snapshot_seq, coalesce((SELECT max(u.seq) FROM document_updates u WHERE u.doc_id = d.id), 0))`;
const acknowledgedSeq = 'coalesce((SELECT a.seq FROM sync_acknowledged a WHERE a.doc_id = d.id), 0)';

/** The last log position (the newest update, or the snapshot after compaction) of each pending document. */
export function pendingPositions(db: Db): Map<string, number> {
  const rows = db.prepare<[], { id: string; seq: number }>(`SELECT d.id AS id, ${position} AS seq FROM documents d WHERE ${position} > ${acknowledgedSeq}`).all();
  return new Map(rows.map((row) => [row.id, row.seq]));
}

/** The last log position of each of `ids` that exists. */
export function logPositions(db: Db, ids: Iterable<string>): Map<string, number> {
  const read = db.prepare<[string], { seq: number }>(`SELECT ${position} AS seq FROM documents d WHERE d.id = ?`);
  const positions = new Map<string, number>();
  for (const id of ids) {
    const row = read.get(id);
    if (row) positions.set(id, row.seq);
  }
  return positions;
}

export function countPending(db: Db): number {
  const row = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM documents d WHERE ${position} > ${acknowledgedSeq}`).get();
  return row?.n ?? 0;
}

/** Documents with changes the hub has not acknowledged, as hub names ("kind:id"). */
export function pendingNames(db: Db): string[] {
  return db.prepare<[], { name: string }>(`SELECT d.kind || ':' || d.id AS name FROM documents d WHERE ${position} > ${acknowledgedSeq}`).all().map((row) => row.name);
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
