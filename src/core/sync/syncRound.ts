import * as Y from 'yjs';
import { documentKinds, type DocumentKind } from '../../shared/documents/schema';
import { bucketOf, type ManifestEntry } from '../../shared/hub/manifest';
import type { StoreContext } from '../services/context';
import { connect, lacks, openChannel, sendMissing, throwIfStopped, waitFor, within, type Channel, type Connection, type Limits } from './channel';
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
 * that the hub has not acknowledged. Only these are opened, over one WebSocket, in batches:
 * each gets a fresh copy that starts empty, the hub's state comes down into it and is merged
 * into the store, then what the store has that the copy lacks goes up. Exercises go up (and are
 * acknowledged) before workshops, and workshops before boards, so the hub records each exercise
 * before anything that names it.
 */
export async function syncRound(store: StoreContext, options: SyncOptions = {}): Promise<SyncReport> {
  const link = readHubLink(store.db);
  if (!link) throw new SyncFailure('not_linked', 'This data folder is not signed in to a hub. Run `minga login --hub URL --email EMAIL` first.');
  const session = options.session ?? {};
  const seen = seenVersions(store.db);
  const digests = await seenDigests(seen);
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
  const work = workOf(changed.filter((entry) => !skipped.includes(entry)), pendingNames(store.db));
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
  try {
    for (const batch of batches(work)) {
      throwIfStopped(options.signal);
      const pulled = await syncBatch(store, connection, batch, token, limits, report, received, (item, state) => held.push({ work: item, state }));
      recordSeen(store.db, pulled);
    }
    if (held.length > 0) {
      // Counted only now: it reads every board here.
      const live = liveBoardCount(store.db, (id) => isDeletedHere(store, id));
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

function isDeletedHere(store: StoreContext, id: string): boolean {
  return boardDeletedAt(store.documents.get(id).doc) !== undefined;
}

/**
 * Takes in what came down for one document: a new document is stored as the hub sent it, a
 * known one merged (only what it lacked is written), and a board the hub has in the trash that
 * is not in the trash here is handed to `hold` (the deletion guard decides at the end). Later
 * changes from the hub, while the round lasts, are merged as they arrive.
 */
function takeIn(
  store: StoreContext,
  item: Work,
  channel: Channel,
  received: Set<string>,
  hold: (item: Work, state: Uint8Array) => void,
  pulled: { name: string; version: number }[],
): void {
  const here = store.documents.has(item.id) ? store.documents.get(item.id).doc : undefined;
  if (item.kind === 'board' && here && boardDeletedAt(channel.copy) !== undefined && boardDeletedAt(here) === undefined) {
    hold(item, Y.encodeStateAsUpdate(channel.copy));
    return;
  }
  if (!here) {
    store.documents.adopt(item.id, item.kind, Y.encodeStateAsUpdate(channel.copy), hubOrigin);
    received.add(item.name);
    store.projector.schedule(item.id);
  } else if (store.documents.merge(item.id, item.kind, Y.encodeStateAsUpdate(channel.copy), hubOrigin)) {
    received.add(item.name);
    store.projector.schedule(item.id);
  }
  if (item.version !== undefined) pulled.push({ name: item.name, version: item.version });
  channel.copy.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === channel.provider && store.documents.merge(item.id, item.kind, update, hubOrigin)) {
      received.add(item.name);
      store.projector.schedule(item.id);
    }
  });
}

/**
 * Syncs one batch: authorization, the hub's state down and merged, local changes up and
 * acknowledged. Returns the hub versions now pulled in full (what `sync_seen` records). A board
 * the hub has in the trash and this folder does not is handed to `hold` instead of merged.
 */
async function syncBatch(
  store: StoreContext,
  connection: Connection,
  batch: Work[],
  token: string,
  limits: Limits,
  report: SyncReport,
  received: Set<string>,
  hold: (item: Work, state: Uint8Array) => void,
): Promise<{ name: string; version: number }[]> {
  const channels = batch.map((item) => ({ item, channel: openChannel(connection, item.name, item.id, item.kind, token) }));
  const pulled: { name: string; version: number }[] = [];
  try {
    const writable: Channel[] = [];
    const arrived: { item: Work; channel: Channel }[] = [];
    for (const { item, channel } of channels) {
      const outcome = await within(channel.outcome, connection, limits, `${channel.name} to be authorized`);
      if ('refused' in outcome) {
        if (store.documents.has(channel.id)) report.refused.push({ name: channel.name, reason: outcome.refused });
        continue;
      }
      await waitFor(connection, () => channel.provider.isSynced || channel.closed !== undefined, limits, `${channel.name} to come down from the hub`);
      if (channel.closed !== undefined) continue;
      arrived.push({ item, channel });
      if (outcome.scope === 'read-write') writable.push(channel);
    }
    // The whole batch in one transaction: one commit (one fsync) instead of one per document.
    try {
      store.db.transaction(() => {
        for (const { item, channel } of arrived) takeIn(store, item, channel, received, hold, pulled);
      })();
    } catch (error) {
      // Rolled back: no copy in memory may keep what the disk does not have.
      for (const { item } of arrived) store.documents.evict(item.id);
      throw error;
    }
    for (const { item, channel } of arrived) {
      if (writable.includes(channel)) continue;
      if (store.documents.has(item.id) && lacks(channel.copy, store.documents.get(item.id).doc)) {
        report.refused.push({ name: channel.name, reason: 'read-only: local changes are not sent' });
      }
    }
    const sending = writable.filter((channel) => channel.closed === undefined && store.documents.has(channel.id));
    for (const channel of sending) if (sendMissing(channel.copy, store.documents.get(channel.id).doc)) report.sent.push(channel.name);
    await waitFor(connection, () => sending.every((channel) => !channel.provider.hasUnsyncedChanges || channel.closed !== undefined), limits, `the hub to acknowledge the ${batch[0]!.kind}s`);
    for (const { channel } of channels) {
      if (channel.closed === undefined) continue;
      report.refused.push({ name: channel.name, reason: channel.closed });
      report.sent = report.sent.filter((name) => name !== channel.name);
    }
  } finally {
    for (const { channel } of channels) channel.destroy();
  }
  const closed = new Set(channels.filter(({ channel }) => channel.closed !== undefined).map(({ channel }) => channel.name));
  return pulled.filter((entry) => !closed.has(entry.name));
}
