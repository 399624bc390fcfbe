import * as Y from 'yjs';
import type { Db } from '../../core/store/database';
import type { DocumentKind } from '../../shared/documents/schema';

export interface DocumentRecord {
  name: string;
  kind: DocumentKind;
  exerciseId: string;
  lastSeq: number;
  snapshotSeq: number;
}

/**
 * The hub's documents: a snapshot plus an append-only log of Yjs updates per document, the
 * same shape as the desktop store (src/core/documents/documentStore.ts). `append` commits one
 * update in its own transaction; it is called synchronously from the document's update event,
 * so the row is on disk before Hocuspocus acknowledges the update to its sender.
 */
export class DocumentLog {
  private readonly statements;

  constructor(private readonly db: Db, private readonly now: () => Date = () => new Date()) {
    this.statements = {
      record: db.prepare<[string], { name: string; kind: DocumentKind; exercise_id: string; last_seq: number; snapshot_seq: number }>(
        'SELECT name, kind, exercise_id, last_seq, snapshot_seq FROM documents WHERE name = ?',
      ),
      claim: db.prepare(
        `INSERT INTO documents (name, kind, exercise_id, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      snapshot: db.prepare<[string], { snapshot: Buffer | null; snapshot_seq: number }>(
        'SELECT snapshot, snapshot_seq FROM documents WHERE name = ?',
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

  record(name: string): DocumentRecord | undefined {
    const row = this.statements.record.get(name);
    return row
      ? { name: row.name, kind: row.kind, exerciseId: row.exercise_id, lastSeq: row.last_seq, snapshotSeq: row.snapshot_seq }
      : undefined;
  }

  /** Records which exercise a new document belongs to, before its first update is stored. */
  claim(input: { name: string; kind: DocumentKind; exerciseId: string; createdBy: string }): void {
    const now = this.now().toISOString();
    this.statements.claim.run(input.name, input.kind, input.exerciseId, input.createdBy, now, now);
  }

  /** The stored state as one update, or null for a document the hub has never stored. */
  load(name: string): Uint8Array | null {
    const head = this.statements.snapshot.get(name);
    if (!head) return null;
    const parts: Uint8Array[] = [];
    if (head.snapshot) parts.push(head.snapshot);
    for (const row of this.statements.updates.all(name, head.snapshot_seq)) parts.push(row.data);
    if (parts.length === 0) return null;
    return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
  }

  append(name: string, update: Uint8Array): number {
    return this.db.transaction(() => {
      const record = this.record(name);
      if (!record) throw new Error(`The document ${name} has no record on the hub.`);
      const seq = record.lastSeq + 1;
      this.statements.insertUpdate.run(name, seq, update);
      this.statements.bump.run(seq, this.now().toISOString(), name);
      return seq;
    })();
  }

  /** Folds the log up to `upTo` into `state` (the document encoded at that point). */
  compact(name: string, state: Uint8Array, upTo: number): void {
    this.db.transaction(() => {
      this.statements.writeSnapshot.run(state, upTo, name);
      this.statements.deleteUpTo.run(name, upTo);
    })();
  }
}
