import * as Y from 'yjs';
import { hubOwnedKinds } from '../shared/documents/schema';
import type { StoreContext } from './services/context';

export interface DoctorReport {
  integrity: string;
  documents: number;
  unreadableDocuments: string[];
  staleProjections: number;
  missingProjections: string[];
  rebuilt: number | null;
  ok: boolean;
}

/**
 * Checks the store: SQLite's own integrity check, every document decodes from its snapshot and
 * log, and every document has its projection row. With `rebuild`, regenerates all projections.
 */
export function runDoctor(store: StoreContext, rebuild: boolean): DoctorReport {
  const integrity = String(store.db.pragma('integrity_check', { simple: true }));
  const documents = store.db.prepare<[], { id: string; kind: string; snapshot: Buffer | null; snapshot_seq: number }>(
    'SELECT id, kind, snapshot, snapshot_seq FROM documents',
  ).all();
  const readUpdates = store.db.prepare<[string, number], { data: Buffer }>(
    'SELECT data FROM document_updates WHERE doc_id = ? AND seq > ? ORDER BY seq',
  );
  const unreadableDocuments: string[] = [];
  for (const row of documents) {
    try {
      const doc = new Y.Doc();
      if (row.snapshot) Y.applyUpdate(doc, row.snapshot);
      for (const update of readUpdates.all(row.id, row.snapshot_seq)) Y.applyUpdate(doc, update.data);
      doc.destroy();
    } catch {
      unreadableDocuments.push(row.id);
    }
  }
  const staleProjections = store.db.prepare<[], { n: number }>(
    `SELECT COUNT(*) AS n FROM documents d WHERE EXISTS
       (SELECT 1 FROM document_updates u WHERE u.doc_id = d.id AND u.seq > d.projected_seq)`,
  ).get()?.n ?? 0;
  // The hub's directory and templates have no list rows by design (see projections.ts).
  const missingProjections = store.db.prepare<[], { id: string }>(
    `SELECT id FROM documents d WHERE d.kind NOT IN (${hubOwnedKinds.map((kind) => `'${kind}'`).join(', ')}) AND NOT EXISTS (
       SELECT 1 FROM exercises WHERE id = d.id UNION ALL SELECT 1 FROM workshops WHERE id = d.id
       UNION ALL SELECT 1 FROM boards WHERE id = d.id)`,
  ).all().map((row) => row.id);
  const rebuilt = rebuild ? store.projector.rebuildAll() : null;
  const ok = integrity === 'ok' && unreadableDocuments.length === 0 && (rebuild || (staleProjections === 0 && missingProjections.length === 0));
  return { integrity, documents: documents.length, unreadableDocuments, staleProjections, missingProjections, rebuilt, ok };
}
