import type { ArchiveSummary } from '../../shared/contract/archive';
import type { StoreContext } from '../services/context';
import { checkArchive, type CheckedArchive } from './checkArchive';

/** The origin edits from an archive carry: not the hub's, so background sync sends them on. */
export const archiveOrigin = 'archive';

/**
 * Imports a portable archive: checks all of it first (`checkArchive`; a refusal changes
 * nothing), then merges it in one store transaction. A document this folder lacks is adopted
 * as the archive holds it; one it has gets a CRDT merge through `DocumentStore.merge`, which
 * stores only what is new, so importing the same archive twice changes nothing the second time.
 * Projections, search and pending sync follow from the update log, as after any edit.
 */
export function importArchive(store: StoreContext, file: Uint8Array): ArchiveSummary & { archive: CheckedArchive } {
  const archive = checkArchive(file, store.documents);
  const summary: ArchiveSummary = { created: 0, merged: 0, unchanged: 0, assets: 0 };
  const changed: string[] = [];
  const insertAsset = store.db.prepare('INSERT OR IGNORE INTO assets (id, mime, bytes, sha256, created_at) VALUES (?, ?, ?, ?, ?)');
  // A document purged here and brought back on purpose is no longer one sync should skip.
  const forgetPurge = store.db.prepare('DELETE FROM purged_documents WHERE id = ?');
  store.transact(archive.documents.map((document) => document.id), () => {
    for (const document of archive.documents) {
      if (!store.documents.has(document.id)) {
        store.documents.adopt(document.id, document.kind, document.state, archiveOrigin);
        forgetPurge.run(document.id);
        summary.created += 1;
        changed.push(document.id);
      } else if (store.documents.merge(document.id, document.kind, document.state, archiveOrigin)) {
        summary.merged += 1;
        changed.push(document.id);
      } else {
        summary.unchanged += 1;
      }
    }
    for (const asset of archive.assets) {
      const data = Buffer.from(asset.data.buffer, asset.data.byteOffset, asset.data.byteLength);
      summary.assets += insertAsset.run(asset.hash, asset.mime, data, asset.hash, store.now()).changes;
    }
  });
  for (const id of changed) store.projector.schedule(id);
  store.projector.flush();
  if (changed.length > 0 || summary.assets > 0) store.notifyChanged();
  return { ...summary, archive };
}
