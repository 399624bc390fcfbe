import { boardDeletedAt, trashExpired } from '../../shared/documents/trash';
import type { DocumentKind } from '../../shared/documents/schema';
import type { Db } from '../store/database';
import type { DocumentStore } from './documentStore';

/**
 * Purging: a board leaves this folder for good, either 30 days after it was moved to the
 * trash or when someone deletes it forever. The document, its log and its projections go;
 * a tombstone (`purged_documents`, migration 5) stays, so that sync can skip the id instead
 * of bringing the board back from the hub, where it still exists.
 */

export function isPurged(db: Db, id: string): boolean {
  return db.prepare<[string], { id: string }>('SELECT id FROM purged_documents WHERE id = ?').get(id) !== undefined;
}

export function purgedIds(db: Db): Set<string> {
  return new Set(db.prepare<[], { id: string }>('SELECT id FROM purged_documents').all().map((row) => row.id));
}

/** Purges one document in one transaction (or the caller's). */
export function purgeDocument(db: Db, documents: DocumentStore, id: string, kind: DocumentKind, now: string): void {
  db.transaction(() => {
    documents.purge(id);
    db.prepare('DELETE FROM boards WHERE id = ?').run(id);
    db.prepare('DELETE FROM search_index WHERE doc_id = ?').run(id);
    db.prepare('DELETE FROM sync_acknowledged WHERE doc_id = ?').run(id);
    db.prepare(
      'INSERT INTO purged_documents (id, kind, purged_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET purged_at = excluded.purged_at',
    ).run(id, kind, now);
  })();
}

/**
 * Purges the boards whose 30 days in the trash have run out; returns their ids. Cheap when
 * there are none: one indexed read of the trashed rows. The document itself is checked
 * before anything is destroyed, since a projection may lag behind it.
 */
export function purgeExpiredBoards(db: Db, documents: DocumentStore, now: Date): string[] {
  const candidates = db
    .prepare<[], { id: string; deleted_at: string }>('SELECT id, deleted_at FROM boards WHERE deleted_at IS NOT NULL')
    .all()
    .filter((row) => trashExpired(row.deleted_at, now));
  const purged: string[] = [];
  for (const { id } of candidates) {
    if (documents.kindOf(id) !== 'board') continue;
    const deletedAt = boardDeletedAt(documents.get(id).doc);
    if (!deletedAt || !trashExpired(deletedAt, now)) continue;
    purgeDocument(db, documents, id, 'board', now.toISOString());
    purged.push(id);
  }
  return purged;
}
