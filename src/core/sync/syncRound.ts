import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { documentKinds, type DocumentKind } from '../../shared/documents/schema';
import type { StoreContext } from '../services/context';
import { SyncFailure } from './errors';
import { hubApi, syncUrlOf, type Fetch } from './hubApi';
import { markSynced, readHubLink, saveRotatedToken } from './hubLink';

export interface SyncReport {
  hubUrl: string;
  /** Documents the hub lacked something of, sent and acknowledged. */
  sent: string[];
  /** Documents that changed here with what came from the hub. */
  received: string[];
  /** Documents the hub would not take (no access, read-only with local changes), with why. */
  refused: { name: string; reason: string }[];
}

export interface SyncOptions {
  /** The whole round, after sign-in; what has not finished by then fails the round. */
  timeoutMs?: number;
  fetch?: Fetch;
  /** Ends the round early (the engine is closing); it fails as `incomplete`, nothing is lost. */
  signal?: AbortSignal;
}

/** Origin of changes this round makes to its own copies, so they are not mistaken for the hub's. */
const fromStore = Symbol('from-store');
/**
 * A ws that ignores errors nobody listens to. The provider removes its listeners before closing
 * a socket that is still connecting (a round aborted or timed out early), and ws then emits
 * 'error', which with no listener would be thrown and end the whole process.
 */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

/** Origin of the hub's changes as the store's listeners hear them: not local edits. */
export const hubOrigin = 'hub';
const fromHub = hubOrigin;

interface Channel {
  name: string;
  id: string;
  kind: DocumentKind;
  copy: Y.Doc;
  provider: HocuspocusProvider;
  /** 'read-write' or 'readonly' once authenticated, or why the hub turned it away. */
  outcome: Promise<{ scope: 'read-write' | 'readonly' } | { refused: string }>;
  closed?: string;
}

/**
 * One sync round with the hub the folder is signed in to: every local document and every hub
 * document this user may read, over one WebSocket. Each document gets a fresh copy that starts
 * empty: the hub's state comes down into it and is merged into the store; then what the store
 * has that the copy lacks is applied to the copy, which the provider sends up. Exercises go up
 * (and are acknowledged) before workshops, and workshops before boards, so the hub records each
 * exercise before anything that names it.
 */
export async function syncRound(store: StoreContext, options: SyncOptions = {}): Promise<SyncReport> {
  const link = readHubLink(store.db);
  if (!link) throw new SyncFailure('not_linked', 'This data folder is not signed in to a hub. Run `minga login --hub URL --email EMAIL` first.');
  const tokens = await hubApi.refresh(link.hubUrl, link.refreshToken, options.fetch);
  saveRotatedToken(store.db, link.deviceId, tokens);
  const listed = await hubApi.documents(link.hubUrl, tokens.accessToken, options.fetch);

  const names = new Map<string, { id: string; kind: DocumentKind }>();
  const local = store.db.prepare<[], { id: string; kind: DocumentKind }>('SELECT id, kind FROM documents').all();
  for (const { id, kind } of local) names.set(`${kind}:${id}`, { id, kind });
  for (const { name } of listed.documents) {
    const [kind, id] = name.split(':') as [DocumentKind, string];
    names.set(name, { id, kind });
  }

  const report: SyncReport = { hubUrl: link.hubUrl, sent: [], received: [], refused: [] };
  if (names.size === 0) {
    // Nothing on either side: a socket opened and closed at once would fail while still connecting.
    markSynced(store.db, store.now());
    return report;
  }
  const received = new Set<string>();
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const socket = new HocuspocusProviderWebsocket({ url: syncUrlOf(link.hubUrl), WebSocketPolyfill: QuietWebSocket });
  // The socket closing (a dropped connection, the hub going away) fails the round; only the hub
  // closing one document, over a socket that stays open, is that document's refusal.
  const connection: Connection = { lost: undefined };
  socket.on('close', ({ event }: { event: { code?: number; reason?: string } }) => {
    connection.lost ??= new SyncFailure('incomplete', `The connection to the hub was lost during the sync round (${event.reason || `code ${event.code ?? 'none'}`}); what the hub acknowledged is kept, run it again.`);
  });
  const channels: Channel[] = [];
  try {
    for (const [name, { id, kind }] of names) {
      const channel = openChannel(socket, name, id, kind, tokens.accessToken);
      channel.copy.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === fromStore) return;
        if (store.documents.merge(id, kind, update, fromHub)) {
          received.add(name);
          store.projector.schedule(id);
        }
      });
      channels.push(channel);
    }
    const writable: Channel[] = [];
    const readable: Channel[] = [];
    for (const channel of channels) {
      if (options.signal?.aborted) throw new SyncFailure('incomplete', 'The sync round was stopped (Minga is closing); nothing was lost.');
      const outcome = await within(channel.outcome, connection, deadline, `${channel.name} to be authorized`, options.signal);
      if ('refused' in outcome) {
        if (store.documents.has(channel.id)) report.refused.push({ name: channel.name, reason: outcome.refused });
        continue;
      }
      await waitFor(connection, () => channel.provider.isSynced || channel.closed !== undefined, deadline, `${channel.name} to come down from the hub`, options.signal);
      (outcome.scope === 'read-write' ? writable : readable).push(channel);
    }
    for (const channel of readable) {
      if (channel.closed === undefined && store.documents.has(channel.id) && lacks(channel.copy, store.documents.get(channel.id).doc)) {
        report.refused.push({ name: channel.name, reason: 'read-only: local changes are not sent' });
      }
    }
    for (const kind of documentKinds) {
      const phase = writable.filter((channel) => channel.kind === kind && channel.closed === undefined && store.documents.has(channel.id));
      for (const channel of phase) if (sendMissing(channel.copy, store.documents.get(channel.id).doc)) report.sent.push(channel.name);
      await waitFor(connection, () => phase.every((channel) => !channel.provider.hasUnsyncedChanges || channel.closed !== undefined), deadline, `the hub to acknowledge the ${kind}s`, options.signal);
    }
    for (const channel of channels) {
      if (channel.closed === undefined) continue;
      report.refused.push({ name: channel.name, reason: channel.closed });
      report.sent = report.sent.filter((name) => name !== channel.name);
    }
  } finally {
    for (const channel of channels) {
      channel.provider.destroy();
      channel.copy.destroy();
    }
    socket.destroy();
  }
  store.projector.flush();
  report.received = [...received];
  markSynced(store.db, store.now());
  return report;
}

function openChannel(socket: HocuspocusProviderWebsocket, name: string, id: string, kind: DocumentKind, token: string): Channel {
  const copy = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: copy, token });
  const channel: Channel = {
    name, id, kind, copy, provider,
    outcome: new Promise((resolve) => {
      provider.on('authenticated', ({ scope }: { scope: 'read-write' | 'readonly' }) => resolve({ scope }));
      provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve({ refused: reason || 'permission-denied' }));
    }),
  };
  // The hub closes one document (not the socket) when it refuses its first update or access is lost.
  provider.on('close', ({ event }: { event: { code?: number; reason?: string } }) => {
    channel.closed ??= event.reason || `closed by the hub (${event.code ?? 'no code'})`;
  });
  provider.attach();
  return channel;
}

/** Applies to the hub's copy what the store has that it lacks; true when that was anything. */
function sendMissing(copy: Y.Doc, local: Y.Doc): boolean {
  let changed = false;
  const mark = (_update: Uint8Array, origin: unknown) => {
    if (origin === fromStore) changed = true;
  };
  copy.on('update', mark);
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(local, Y.encodeStateVector(copy)), fromStore);
  } finally {
    copy.off('update', mark);
  }
  return changed;
}

/** Whether `local` has anything `copy` lacks, without touching either. */
function lacks(copy: Y.Doc, local: Y.Doc): boolean {
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(copy));
    return sendMissing(scratch, local);
  } finally {
    scratch.destroy();
  }
}

interface Connection {
  /** Set once the round's socket closed. */
  lost: SyncFailure | undefined;
}

async function waitFor(connection: Connection, condition: () => boolean, deadline: number, what: string, signal?: AbortSignal): Promise<void> {
  while (!condition()) {
    if (signal?.aborted) throw new SyncFailure('incomplete', 'The sync round was stopped (Minga is closing); nothing was lost.');
    if (connection.lost) throw connection.lost;
    if (Date.now() > deadline) throw new SyncFailure('incomplete', `The sync round ran out of time waiting for ${what}; nothing was lost, run it again.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (connection.lost) throw connection.lost;
}

async function within<T>(promise: Promise<T>, connection: Connection, deadline: number, what: string, signal?: AbortSignal): Promise<T> {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  await waitFor(connection, () => settled, deadline, what, signal);
  return promise;
}
