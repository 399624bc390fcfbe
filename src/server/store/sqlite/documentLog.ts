import type { Db } from '../../../core/store/database';
import type { DocumentKind } from '../../../shared/documents/schema';
import { foldUpdates, mergeStored } from '../fold';
import type { DocumentRecord, DocumentStore } from '../types';

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
 * The document log in SQLite. `append` commits in its own transaction before its Promise is
 * even created (better-sqlite3 is synchronous), with synchronous=FULL: on disk when it returns.
 */
export class SqliteDocumentLog implements DocumentStore {
  private readonly statements;

  constructor(private readonly db: Db, private readonly now: () => Date = () => new Date()) {
    this.statements = {
      record: db.prepare<[string], DocumentRow>('SELECT name, kind, exercise_id, last_seq, snapshot_seq FROM documents WHERE name = ?'),
      records: db.prepare<[], DocumentRow>('SELECT name, kind, exercise_id, last_seq, snapshot_seq FROM documents ORDER BY name'),
      claim: db.prepare(
        `INSERT OR IGNORE INTO documents (name, kind, exercise_id, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      snapshot: db.prepare<[string], { snapshot: Buffer | null; snapshot_seq: number; last_seq: number }>(
        'SELECT snapshot, snapshot_seq, last_seq FROM documents WHERE name = ?',
      ),
      updates: db.prepare<[string, number], { data: Buffer }>(
        'SELECT data FROM document_updates WHERE doc_name = ? AND seq > ? ORDER BY seq',
      ),
      insertUpdate: db.prepare('INSERT INTO document_updates (doc_name, seq, data) VALUES (?, ?, ?)'),
      bump: db.prepare('UPDATE documents SET last_seq = ?, updated_at = ? WHERE name = ?'),
      writeSnapshot: db.prepare('UPDATE documents SET snapshot = ?, snapshot_seq = ? WHERE name = ?'),
      deleteUpTo: db.prepare('DELETE FROM document_updates WHERE doc_name = ? AND seq <= ?'),
    };
  }

  async record(name: string): Promise<DocumentRecord | undefined> {
    const row = this.statements.record.get(name);
    return row ? toRecord(row) : undefined;
  }

  async records(): Promise<DocumentRecord[]> {
    return this.statements.records.all().map(toRecord);
  }

  async claim(input: { name: string; kind: DocumentKind; exerciseId: string | null; createdBy: string }): Promise<DocumentRecord> {
    const now = this.now().toISOString();
    this.statements.claim.run(input.name, input.kind, input.exerciseId, input.createdBy, now, now);
    return toRecord(this.statements.record.get(input.name)!);
  }

  async load(name: string): Promise<Uint8Array | null> {
    return mergeStored(this.parts(name)?.parts ?? []);
  }

  async append(name: string, update: Uint8Array): Promise<number | undefined> {
    return this.db.transaction(() => {
      const row = this.statements.record.get(name);
      if (!row) return undefined;
      const seq = row.last_seq + 1;
      this.statements.insertUpdate.run(name, seq, update);
      this.statements.bump.run(seq, this.now().toISOString(), name);
      return seq;
    })();
  }

  async compact(name: string): Promise<boolean> {
    return this.db.transaction(() => {
      const stored = this.parts(name);
      if (!stored || stored.lastSeq === stored.snapshotSeq) return false;
      this.statements.writeSnapshot.run(foldUpdates(stored.parts), stored.lastSeq, name);
      this.statements.deleteUpTo.run(name, stored.lastSeq);
      return true;
    })();
  }

  private parts(name: string): { parts: Uint8Array[]; snapshotSeq: number; lastSeq: number } | undefined {
    const head = this.statements.snapshot.get(name);
    if (!head) return undefined;
    const parts: Uint8Array[] = head.snapshot ? [head.snapshot] : [];
    for (const row of this.statements.updates.all(name, head.snapshot_seq)) parts.push(row.data);
    return { parts, snapshotSeq: head.snapshot_seq, lastSeq: head.last_seq };
  }
}
