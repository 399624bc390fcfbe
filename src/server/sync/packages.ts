import * as Y from 'yjs';
import { checkStates, PackageRefused, type PackageEntry, type SyncPackage } from '../../core/sync/package/format';
import { documentKinds } from '../../shared/documents/schema';
import { AccessPolicy, type Principal } from '../access';
import type { HubStore } from '../store/types';
import { Refusal } from './context';
import { claimRecord } from './documents';

export interface HubImportReport {
  author: string;
  /** Documents the hub lacked something of, now committed to its log. */
  stored: string[];
  /** Documents the hub already had everything of. */
  unchanged: string[];
  /** Documents the author may not write (or may not create), with why; nothing of them was stored. */
  refused: { name: string; reason: string }[];
}

/**
 * Merges a desktop's package into the hub's store the way a network sync would: the author is
 * the package's user and device, checked as a sign-in checks them; each document is authorized
 * with the same `AccessPolicy`, a new one is claimed with the same rules (`claimRecord`), and
 * only what the hub lacks is committed, through the same `append` that persistence uses. An
 * update the hub already has writes nothing, so importing a package twice changes nothing.
 */
export async function importHubPackage(store: HubStore, pkg: SyncPackage): Promise<HubImportReport> {
  if (pkg.madeBy !== 'desktop') throw new PackageRefused('This sync package was made by the hub; import it on a desktop with `minga sync-package import`.');
  const author = await authorOf(store, pkg);
  checkStates(pkg, (state) => {
    const scratch = new Y.Doc();
    try {
      Y.applyUpdate(scratch, state);
    } finally {
      scratch.destroy();
    }
  });
  const policy = new AccessPolicy(store.accounts, store.documents);
  const deps = { accounts: store.accounts, documents: store.documents, policy };
  const report: HubImportReport = { author: pkg.author.email, stored: [], unchanged: [], refused: [] };
  // Exercises before workshops before boards, as a sync round sends them: a workshop's claim
  // needs its exercise recorded.
  const ordered = documentKinds.flatMap((kind) => pkg.documents.filter((entry) => entry.kind === kind));
  for (const entry of ordered) {
    const current = new Y.Doc();
    try {
      const { access } = await policy.forDocument(author, entry.name);
      if (access === 'none') {
        report.refused.push({ name: entry.name, reason: 'permission-denied' });
        continue;
      }
      const stored = await store.documents.load(entry.name);
      if (stored) Y.applyUpdate(current, stored);
      const missing = whatIsNew(current, entry);
      if (!missing) {
        report.unchanged.push(entry.name);
        continue;
      }
      // Like a read-only connection in a sync round: what it reads is fine, its changes are not taken.
      if (access === 'read') {
        report.refused.push({ name: entry.name, reason: 'read-only: changes are not taken' });
        continue;
      }
      if (!(await store.documents.record(entry.name))) await claimRecord(deps, entry.name, current, missing, author);
      await store.documents.append(entry.name, missing);
      report.stored.push(entry.name);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      report.refused.push({ name: entry.name, reason: error.reason });
    } finally {
      current.destroy();
    }
  }
  return report;
}

/** The part of the package's state the hub lacks, as one update; undefined when it lacks nothing. */
function whatIsNew(current: Y.Doc, entry: PackageEntry): Uint8Array | undefined {
  const scratch = new Y.Doc();
  const parts: Uint8Array[] = [];
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(current));
    scratch.on('update', (update: Uint8Array) => parts.push(update));
    Y.applyUpdate(scratch, entry.state);
  } finally {
    scratch.destroy();
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : Y.mergeUpdates(parts);
}

/** The package's user, checked as a sign-in would be: known, enabled, and its device not revoked. */
async function authorOf(store: HubStore, pkg: SyncPackage): Promise<Principal> {
  const user = await store.accounts.byEmail(pkg.author.email);
  if (!user || (pkg.author.userId !== undefined && pkg.author.userId !== user.id)) {
    throw new PackageRefused(`The sync package was made by ${pkg.author.email}, who has no account on this hub (a package from another hub?).`);
  }
  if (user.disabledAt) throw new PackageRefused(`The sync package was made by ${user.email}, whose account is disabled.`);
  if (pkg.author.deviceId !== undefined) {
    const device = await store.devices.byId(pkg.author.deviceId);
    if (!device || device.userId !== user.id) throw new PackageRefused(`The sync package names a device ${user.email} never signed in with.`);
    if (device.revokedAt) throw new PackageRefused(`The sync package was made on a device of ${user.email} that was signed out (revoked).`);
  }
  return { id: user.id, role: user.role };
}

/** Everything a user may read, for the return trip to their desktop. */
export async function exportHubPackage(store: HubStore, email: string, now: Date): Promise<SyncPackage> {
  const user = await store.accounts.byEmail(email);
  if (!user) throw new PackageRefused(`There is no account for ${email}; add it with \`minga hub users add\`.`);
  if (user.disabledAt) throw new PackageRefused(`The account of ${user.email} is disabled.`);
  const policy = new AccessPolicy(store.accounts, store.documents);
  const principal = { id: user.id, role: user.role };
  const documents: PackageEntry[] = [];
  const records = await store.documents.records();
  for (const kind of documentKinds) {
    for (const record of records.filter((candidate) => candidate.kind === kind)) {
      if ((await policy.forDocument(principal, record.name)).access === 'none') continue;
      const state = await store.documents.load(record.name);
      if (state) documents.push({ name: record.name, kind, ...(record.exerciseId ? { exerciseId: record.exerciseId } : {}), state });
    }
  }
  return { madeBy: 'hub', createdAt: now.toISOString(), author: { email: user.email, userId: user.id }, documents };
}
