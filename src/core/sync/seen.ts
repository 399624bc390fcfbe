import { bucketDigests } from '../../shared/hub/manifest';
import type { Db } from '../store/database';

/**
 * What this folder pulled from the hub: each hub document's version as the manifest named it
 * when the document was last pulled in full (table `sync_seen`, migration 7). The round sends
 * digests of it (src/shared/hub/manifest.ts) and opens only documents whose version moved.
 * Only a document whose pull finished is recorded, and with the version named before it was
 * pulled: a change that reached the hub during the pull shows up again in the next round.
 */
export function seenVersions(db: Db): Map<string, number> {
  const rows = db.prepare<[], { name: string; version: number }>('SELECT name, version FROM sync_seen').all();
  return new Map(rows.map((row) => [row.name, row.version]));
}

export function seenDigests(seen: Map<string, number>): string[] {
  return bucketDigests([...seen].map(([name, version]) => ({ name, version })));
}

export function recordSeen(db: Db, entries: readonly { name: string; version: number }[], forgotten: readonly string[] = []): void {
  if (entries.length === 0 && forgotten.length === 0) return;
  const upsert = db.prepare('INSERT INTO sync_seen (name, version) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET version = excluded.version');
  const remove = db.prepare('DELETE FROM sync_seen WHERE name = ?');
  db.transaction(() => {
    for (const { name, version } of entries) upsert.run(name, version);
    for (const name of forgotten) remove.run(name);
  })();
}

/** A new sign-in (perhaps to another hub): nothing has been pulled from it yet. */
export function forgetSeen(db: Db): void {
  db.prepare('DELETE FROM sync_seen').run();
}
