import * as Y from 'yjs';
import { documentKinds, readMeta, type DocumentKind } from '../../../shared/documents/schema';
import type { StoreContext } from '../../services/context';
import { SyncFailure } from '../errors';
import { readHubLink } from '../hubLink';
import { checkStates, PackageRefused, type PackageEntry, type SyncPackage } from './format';

/**
 * The desktop's side of offline transfer. The package is signed with nothing but the hub sign-in
 * this folder already has (`minga login` once, while there was a connection): the hub checks the
 * author named here exactly as it checks a device in a network sync.
 */
export function exportDesktopPackage(store: StoreContext, options: { exerciseId?: string } = {}): SyncPackage {
  const link = readHubLink(store.db);
  if (!link) throw new SyncFailure('not_linked', 'This data folder is not signed in to a hub, so the hub would not know who made the package. Run `minga login --hub URL --email EMAIL` once while there is a connection.');
  const rows = store.db.prepare<[], { id: string; kind: DocumentKind }>('SELECT id, kind FROM documents ORDER BY created_at, id').all();
  const documents: PackageEntry[] = [];
  // Exercises first, then workshops, then boards: the hub records an exercise before what names it.
  for (const kind of documentKinds) {
    for (const row of rows.filter((candidate) => candidate.kind === kind)) {
      const { doc } = store.documents.get(row.id);
      const exerciseId = kind === 'exercise' ? row.id : readMeta(doc)?.exerciseId;
      if (options.exerciseId !== undefined && exerciseId !== options.exerciseId) continue;
      documents.push({ name: `${kind}:${row.id}`, kind, ...(exerciseId ? { exerciseId } : {}), state: Y.encodeStateAsUpdate(doc) });
    }
  }
  return {
    madeBy: 'desktop', createdAt: store.now(), documents,
    author: { email: link.email, userId: link.userId, deviceId: link.deviceId, hubUrl: link.hubUrl },
  };
}

export interface DesktopImportReport {
  /** Documents that changed here. */
  changed: string[];
  /** Documents this folder already had everything of. */
  unchanged: string[];
}

/**
 * Merges a package the hub made into this folder through `DocumentStore.merge`, exactly as a
 * sync round merges what comes down from the hub (projections and search follow). Every state is
 * checked before the first merge, so a refused package changes nothing.
 */
export function importDesktopPackage(store: StoreContext, pkg: SyncPackage): DesktopImportReport {
  if (pkg.madeBy !== 'hub') throw new PackageRefused('This sync package was made by a desktop; import it on the hub with `minga hub sync-package import`.');
  const link = readHubLink(store.db);
  if (link && link.email.toLowerCase() !== pkg.author.email.toLowerCase()) {
    throw new PackageRefused(`This sync package was made for ${pkg.author.email}, but this folder is signed in as ${link.email}.`);
  }
  for (const entry of pkg.documents) {
    const id = entry.name.slice(entry.kind.length + 1);
    const kind = store.documents.kindOf(id);
    if (kind !== undefined && kind !== entry.kind) throw new PackageRefused(`The package's ${entry.name} is a ${kind} in this folder.`);
  }
  checkStates(pkg, (state) => {
    const scratch = new Y.Doc();
    try {
      Y.applyUpdate(scratch, state);
    } finally {
      scratch.destroy();
    }
  });
  const report: DesktopImportReport = { changed: [], unchanged: [] };
  for (const entry of pkg.documents) {
    const id = entry.name.slice(entry.kind.length + 1);
    if (store.documents.merge(id, entry.kind, entry.state, 'hub')) {
      report.changed.push(entry.name);
      store.projector.schedule(id);
    } else {
      report.unchanged.push(entry.name);
    }
  }
  store.projector.flush();
  store.notifyChanged();
  return report;
}
