import type { DocumentKind } from '../../../shared/documents/schema';
import { foldUpdates, mergeStored } from '../fold';
import type { DocumentRecord, DocumentStore } from '../types';
import { inTransaction, type Pool } from './database';

interface DocumentRow {
  name: string;
  kind: DocumentKind;
  exercise_id: string | null;
  last_seq: number;
  snapshot_seq: number;
}

const toRecord = (row: DocumentRow): DocumentRecord => ({
  name: row.name, kind: row.kind, exerciseId: row.exercise_id, lastSeq: row.last_seq, snapshotSeq: row.snapshot_seq,
});

/**
 * The snapshot and the updates after it, read by one statement so they come from one snapshot of
 * the database: a compaction by another instance between two reads could otherwise hide updates.
 */
const storedParts = `
  SELECT -1 AS seq, snapshot AS data, snapshot_seq, last_seq FROM documents WHERE name = $1
  UNION ALL
  SELECT u.seq, u.data, NULL::integer, NULL::integer
    FROM document_updates u JOIN documents d ON d.name = u.doc_name
   WHERE u.doc_name = $1 AND u.seq > d.snapshot_seq
  ORDER BY seq`;

/**
 * The document log in PostgreSQL, safe with several hub instances appending to one document:
 * `append` takes the next sequence number and inserts the update in one statement (the row lock
 * on the document orders concurrent appends), committed when its Promise resolves.
 */
export class PostgresDocumentLog implements DocumentStore {
  constructor(private readonly pool: Pool, private readonly now: () => Date = () => new Date()) {}

  async record(name: string): Promise<DocumentRecord | undefined> {
    const { rows } = await this.pool.query<DocumentRow>(
      'SELECT name, kind, exercise_id, last_seq, snapshot_seq FROM documents WHERE name = $1', [name],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async records(): Promise<DocumentRecord[]> {
    const { rows } = await this.pool.query<DocumentRow>('SELECT name, kind, exercise_id, last_seq, snapshot_seq FROM documents ORDER BY name');
    return rows.map(toRecord);
  }

  async claim(input: { name: string; kind: DocumentKind; exerciseId: string | null; createdBy: string }): Promise<DocumentRecord> {
    const now = this.now();
    await this.pool.query(
      `INSERT INTO documents (name, kind, exercise_id, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT (name) DO NOTHING`,
      [input.name, input.kind, input.exerciseId, input.createdBy, now],
    );
    return (await this.record(input.name))!;
  }

  async load(name: string): Promise<Uint8Array | null> {
    return mergeStored((await this.parts(name))?.parts ?? []);
  }

  async append(name: string, update: Uint8Array): Promise<number | undefined> {
    const { rows } = await this.pool.query<{ seq: number }>(
      `WITH bumped AS (
         UPDATE documents SET last_seq = last_seq + 1, updated_at = $2 WHERE name = $1 RETURNING last_seq
       )
       INSERT INTO document_updates (doc_name, seq, data) SELECT $1, last_seq, $3 FROM bumped RETURNING seq`,
      [name, this.now(), update],
    );
    return rows[0]?.seq;
  }

  /**
   * Folds what is stored, then writes the snapshot only if no other compaction moved it in the
   * meantime; updates appended after the read stay in the log.
   */
  async compact(name: string): Promise<boolean> {
    const stored = await this.parts(name);
    if (!stored || stored.lastSeq === stored.snapshotSeq) return false;
    const snapshot = foldUpdates(stored.parts);
    return inTransaction(this.pool, async (client) => {
      const moved = await client.query(
        'UPDATE documents SET snapshot = $2, snapshot_seq = $3 WHERE name = $1 AND snapshot_seq = $4',
        [name, snapshot, stored.lastSeq, stored.snapshotSeq],
      );
      if ((moved.rowCount ?? 0) === 0) return false;
      await client.query('DELETE FROM document_updates WHERE doc_name = $1 AND seq <= $2', [name, stored.lastSeq]);
      return true;
    });
  }

  private async parts(name: string): Promise<{ parts: Uint8Array[]; snapshotSeq: number; lastSeq: number } | undefined> {
    const { rows } = await this.pool.query<{ seq: number; data: Buffer | null; snapshot_seq: number | null; last_seq: number | null }>(
      storedParts, [name],
    );
    const head = rows[0];
    if (!head || head.seq !== -1) return undefined;
    const parts = rows.filter((row) => row.data !== null).map((row) => row.data!);
    return { parts, snapshotSeq: head.snapshot_seq!, lastSeq: head.last_seq! };
  }
}
