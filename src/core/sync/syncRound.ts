import * as Y from 'yjs';
import { documentKinds, type DocumentKind } from '../../shared/documents/schema';
import { bucketOf, type ManifestEntry } from '../../shared/hub/manifest';
import type { StoreContext } from '../services/context';
import { connect, hubLacked, openChannel, throwIfStopped, waitFor, within, type Channel, type Connection, type Limits } from './channel';
import { boardDeletedAt, liveBoardCount, needsConfirmation } from './deletionGuard';
import { SyncFailure } from './errors';
import { hubApi, type Fetch } from './hubApi';
import { markSynced, readHubLink } from './hubLink';
import { purgedIds } from '../documents/purge';
import { pendingNames } from './pending';
import { recordSeen, seenDigests, seenVersions } from './seen';
import { accessToken, renew, tokenRefused, type SyncSession } from './session';

export interface SyncReport {
  hubUrl: string;
  /** Documents the hub lacked something of, sent and acknowledged. */
  sent: string[];
  /** Documents that changed here with what came from the hub. */
  received: string[];
  /** Documents the hub would not take (no access, read-only with local changes), with why. */
  refused: { name: string; reason: string }[];
  /** Documents the round opened: those the hub changed and those changed here. */
  opened: number;
  /**
   * Boards the hub has in the trash that are not here, held back by the deletion guard (more
   * than half of the `live` boards here); a round with `allowDeletions` brings them in.
   */
  held?: { boards: string[]; live: number };
}

export interface SyncOptions {
  /** The whole round, after sign-in; what has not finished by then fails the round. */
  timeoutMs?: number;
  fetch?: Fetch;
  /** Ends the round early (the engine is closing); it fails as `incomplete`, nothing is lost. */
  signal?: AbortSignal;
  /** An access token kept between rounds, so a round with nothing to do is one request. */
  session?: SyncSession;
  /** A person confirmed the deletions the guard held. */
  allowDeletions?: boolean;
}

/** Origin of the hub's changes as the store's listeners hear them: not local edits. */
export const hubOrigin = 'hub';

/**
 * Documents a round has open on the hub at once. The hub holds each one it serves in memory
 * and turns away a socket with too many waiting for authorization (`maxPendingDocuments`).
 */
const batchSize = 50;

interface Work {
  name: string;
  id: string;
  kind: DocumentKind;
  /** The hub's version named by the manifest, when the hub changed it since this folder pulled it. */
  version?: number;
}

/**
 * One sync round with the hub the folder is signed in to. The manifest (one request) names the
 * documents the hub changed since this folder pulled them; the store names those changed here
 * that the hub has not acknowledged. Only these are opened, over one WebSocket, in batches of
 * one kind: each copy starts as the store has it, so only differences travel each way (see
 * `syncBatch`). Exercises go up (and are acknowledged) before workshops, and workshops before
 * boards, so the hub records each exercise before anything that names it.
 */
export async function syncRound(store: StoreContext, options: SyncOptions = {}): Promise<SyncReport> {
  const link = readHubLink(store.db);
  if (!link) throw new SyncFailure('not_linked', 'This data folder is not signed in to a hub. Run `minga login --hub URL --email EMAIL` first.');
  const session = options.session ?? {};
  const seen = seenVersions(store.db);
  const digests = seenDigests(seen);
  let token = await accessToken(store, link, session, options.fetch);
  const manifest = await hubApi.manifest(link.hubUrl, token, digests, options.fetch).catch(async (error: unknown) => {
    if (!tokenRefused(error)) throw error;
    // The kept token was refused (the hub restarted with a new key): one fresh one, once.
    token = await renew(store, link, session, options.fetch);
    return hubApi.manifest(link.hubUrl, token, digests, options.fetch);
  });

  const report: SyncReport = { hubUrl: link.hubUrl, sent: [], received: [], refused: [], opened: 0 };
  const changed = manifest.documents.filter((entry) => seen.get(entry.name) !== entry.version);
  // A board purged from this folder (30 days in the trash, or deleted forever) stays gone: the
  // hub's copy is not pulled back, and its version is recorded so the manifest stops naming it.
  const purged = purgedIds(store.db);
  const skipped = changed.filter((entry) => purged.has(entry.name.slice(entry.name.indexOf(':') + 1)));
  recordSeen(store.db, skipped.map(({ name, version }) => ({ name, version })));
  const pending = new Set(pendingNames(store.db));
  const work = workOf(changed.filter((entry) => !skipped.includes(entry)), [...pending]);
  // Documents that left a bucket the hub answered: this user may no longer read them there.
  const listed = new Set(manifest.documents.map((entry) => entry.name));
  const answered = new Set(manifest.buckets);
  const left = [...seen.keys()].filter((name) => answered.has(bucketOf(name)) && !listed.has(name));
  if (work.length === 0) {
    recordSeen(store.db, [], left);
    markSynced(store.db, store.now());
    return report;
  }

  const limits: Limits = { deadline: Date.now() + (options.timeoutMs ?? 60_000), signal: options.signal };
  const held: { work: Work; state: Uint8Array }[] = [];
  const received = new Set<string>();
  const connection = connect(link.hubUrl);
  const releaseProjections = store.projector.hold();
  try {
    for (const batch of batches(work)) {
      throwIfStopped(options.signal);
      const pulled = await syncBatch(store, connection, batch, token, limits, report, pending, received, (item, state) => held.push({ work: item, state }));
      recordSeen(store.db, pulled);
    }
    if (held.length > 0) {
      // Counted only when something is held back.
      const live = liveBoardCount(store);
      if (options.allowDeletions || !needsConfirmation(held.length, live)) {
        for (const { work: item, state } of held) {
          if (store.documents.merge(item.id, item.kind, state, hubOrigin)) received.add(item.name);
          store.projector.schedule(item.id);
        }
        recordSeen(store.db, held.flatMap(({ work: item }) => (item.version === undefined ? [] : [{ name: item.name, version: item.version }])));
      } else {
        report.held = { boards: held.map(({ work: item }) => item.name), live };
      }
    }
    recordSeen(store.db, [], left);
  } finally {
    connection.socket.destroy();
    releaseProjections();
  }
  // Lists and search catch up from the projector's queue; readers flush it before reading.
  report.opened = work.length;
  report.received = [...received];
  markSynced(store.db, store.now());
  return report;
}

/** What to open: the hub's changes and the local ones, by name, exercises first. */
function workOf(changed: ManifestEntry[], pending: string[]): Work[] {
  const byName = new Map<string, Work>();
  const add = (name: string, version?: number) => {
    const colon = name.indexOf(':');
    const kind = name.slice(0, colon) as DocumentKind;
    if (!(documentKinds as readonly string[]).includes(kind)) return;
    const item: Work = { name, id: name.slice(colon + 1), kind };
    if (version !== undefined) item.version = version;
    byName.set(name, { ...byName.get(name), ...item });
  };
  for (const name of pending) add(name);
  for (const entry of changed) add(entry.name, entry.version);
  const order = (kind: DocumentKind) => documentKinds.indexOf(kind);
  return [...byName.values()].sort((a, b) => order(a.kind) - order(b.kind) || (a.name < b.name ? -1 : 1));
}

/** Batches that never mix kinds, so every exercise is acknowledged before the first workshop goes up. */
function* batches(work: Work[]): Generator<Work[]> {
  let batch: Work[] = [];
  for (const item of work) {
    if (batch.length === batchSize || (batch.length > 0 && batch[0]!.kind !== item.kind)) {
      yield batch;
      batch = [];
    }
    batch.push(item);
  }
  if (batch.length > 0) yield batch;
}

interface Opened {
  item: Work;
  channel: Channel;
  /** Whether the copy started from the store's state (the document exists here). */
  seeded: boolean;
  /** Whether the board was in the trash here when the round began. */
  deletedHere: boolean;
}

/**
 * Syncs one batch. Each copy starts as the store has the document, so the hub sends only what
 * the store lacks and the provider's answer carries what the hub lacks; the round waits until
 * the hub acknowledged that answer (stored it). Returns the hub versions now pulled in full
 * (what `sync_seen` records). A board the hub has in the trash and this folder does not is
 * handed to `hold` instead of stored.
 */
async function syncBatch(
  store: StoreContext,
  connection: Connection,
  batch: Work[],
  token: string,
  limits: Limits,
  report: SyncReport,
  pending: ReadonlySet<string>,
  received: Set<string>,
  hold: (item: Work, update: Uint8Array) => void,
): Promise<{ name: string; version: number }[]> {
  const opened: Opened[] = batch.map((item) => {
    const seed = store.documents.has(item.id) ? store.documents.openState(item.id) : undefined;
    const channel = openChannel(connection, item.name, item.id, item.kind, token, seed);
    return { item, channel, seeded: seed !== undefined, deletedHere: item.kind === 'board' && boardDeletedAt(channel.copy) !== undefined };
  });
  const pulled: { name: string; version: number }[] = [];
  try {
    const arrived: Opened[] = [];
    for (const entry of opened) {
      const { item, channel } = entry;
      const outcome = await within(channel.outcome, connection, limits, `${item.name} to be authorized`);
      if ('refused' in outcome) {
        if (store.documents.has(item.id)) report.refused.push({ name: item.name, reason: outcome.refused });
        continue;
      }
      const writable = outcome.scope === 'read-write';
      // A read-only connection never has its answer acknowledged when it carries anything new.
      await waitFor(connection, () => channel.closed !== undefined || (channel.provider.isSynced && (!writable || !channel.provider.hasUnsyncedChanges)), limits, `${item.name} to sync with the hub`);
      if (channel.closed !== undefined) continue;
      if (pending.has(item.name) && hubLacked(channel)) {
        if (writable) report.sent.push(item.name);
        else report.refused.push({ name: item.name, reason: 'read-only: local changes are not sent' });
      }
      arrived.push(entry);
    }
    // The whole batch in one transaction: one commit (one fsync) instead of one per document.
    try {
      store.db.transaction(() => {
        for (const entry of arrived) if (takeIn(store, entry, received, hold)) pulled.push(...versionOf(entry.item));
      })();
    } catch (error) {
      // Rolled back: no copy in memory may keep what the disk does not have.
      for (const { item } of arrived) store.documents.evict(item.id);
      throw error;
    }
    for (const { item, channel } of opened) {
      if (channel.closed === undefined) continue;
      if (!report.refused.some((entry) => entry.name === item.name)) report.refused.push({ name: item.name, reason: channel.closed });
      report.sent = report.sent.filter((name) => name !== item.name);
    }
  } finally {
    for (const { channel } of opened) channel.destroy();
  }
  const closed = new Set(opened.filter(({ channel }) => channel.closed !== undefined).map(({ item }) => item.name));
  return pulled.filter((entry) => !closed.has(entry.name));
}

const versionOf = (item: Work) => (item.version === undefined ? [] : [{ name: item.name, version: item.version }]);

/**
 * Takes in what came down for one document: a new one is stored as the copy holds it; a known
 * one gets exactly what the copy heard from the hub; a board the hub has in the trash that was
 * not in the trash here goes to `hold` (the deletion guard decides at the end of the round).
 * Later changes from the hub, while the round lasts, are merged as they arrive. Returns false
 * for a held board (not pulled yet).
 */
function takeIn(store: StoreContext, { item, channel, seeded, deletedHere }: Opened, received: Set<string>, hold: (item: Work, update: Uint8Array) => void): boolean {
  if (!seeded) {
    // The hub's answer to an empty copy is its whole state, and the copy decoded it without
    // error (the provider reports synced only then): stored as received, not encoded again.
    const state = channel.heard.answer ?? Y.encodeStateAsUpdate(channel.copy);
    if (state.length > 2) {
      store.documents.adopt(item.id, item.kind, state, hubOrigin);
      received.add(item.name);
      store.projector.schedule(item.id);
    }
  } else if (channel.fromHub.length > 0) {
    const update = Y.mergeUpdates(channel.fromHub.splice(0));
    if (item.kind === 'board' && !deletedHere && boardDeletedAt(channel.copy) !== undefined) {
      hold(item, update);
      return false;
    }
    if (store.documents.absorb(item.id, item.kind, update, hubOrigin)) {
      received.add(item.name);
      store.projector.schedule(item.id);
    }
  }
  channel.copy.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === channel.provider && store.documents.merge(item.id, item.kind, update, hubOrigin)) {
      received.add(item.name);
      store.projector.schedule(item.id);
    }
  });
  return true;
}
