import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { DocumentKind } from '../../shared/documents/schema';
import { SyncFailure } from './errors';
import { syncUrlOf } from './hubApi';

/**
 * The pieces of a sync round that talk to Hocuspocus: one WebSocket per round, one provider
 * (a channel) per document on it, and waiting on them without ever outliving the round.
 */

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

/** Origin of the store's state seeded into a round's copy, so it is not mistaken for the hub's. */
export const fromStore = Symbol('from-store');

export interface Connection {
  socket: HocuspocusProviderWebsocket;
  /** Set once the round's socket closed. */
  lost: SyncFailure | undefined;
  /** Wakes whoever waits for a channel to move (see `waitFor`). */
  notify(): void;
  waiters: Set<() => void>;
}

/**
 * The round's socket. Its closing (a dropped connection, the hub going away) fails the round;
 * only the hub closing one document, over a socket that stays open, is that document's refusal.
 */
export function connect(hubUrl: string): Connection {
  const socket = new HocuspocusProviderWebsocket({ url: syncUrlOf(hubUrl), WebSocketPolyfill: QuietWebSocket });
  const waiters = new Set<() => void>();
  const connection: Connection = {
    socket, lost: undefined, waiters,
    notify() {
      for (const wake of [...waiters]) wake();
      waiters.clear();
    },
  };
  socket.on('close', ({ event }: { event: { code?: number; reason?: string } }) => {
    connection.lost ??= new SyncFailure('incomplete', `The connection to the hub was lost during the sync round (${event.reason || `code ${event.code ?? 'none'}`}); what the hub acknowledged is kept, run it again.`);
    connection.notify();
  });
  return connection;
}

export interface Channel {
  name: string;
  id: string;
  kind: DocumentKind;
  /**
   * The round's copy of the document: it starts as the store has it (or empty), so the hub
   * sends only what the store lacks, and the provider's answer to the hub's first step carries
   * what the hub lacks. The hub acknowledges that answer once it stored it.
   */
  copy: Y.Doc;
  /** What came from the hub, as the copy applied it: exactly what the store lacked. */
  fromHub: Uint8Array[];
  /** The hub's first sync step (its state vector) and its answer to ours (with its whole delete set), as received. */
  heard: { vector?: Uint8Array; answer?: Uint8Array };
  provider: HocuspocusProvider;
  /** 'read-write' or 'readonly' once authenticated, or why the hub turned it away. */
  outcome: Promise<{ scope: 'read-write' | 'readonly' } | { refused: string }>;
  closed?: string;
  destroy(): void;
}

export function openChannel(connection: Connection, name: string, id: string, kind: DocumentKind, token: string, seed?: Uint8Array): Channel {
  const copy = new Y.Doc();
  if (seed) Y.applyUpdate(copy, seed, fromStore);
  const provider = new HocuspocusProvider({ websocketProvider: connection.socket, name, document: copy, token });
  const fromHub: Uint8Array[] = [];
  // Only for a seeded copy: an empty one is taken whole (encodeStateAsUpdate), which costs less.
  if (seed) copy.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === provider) fromHub.push(update);
  });
  const heard: Channel['heard'] = {};
  provider.on('message', ({ event }: { event: { data: ArrayBuffer | Uint8Array } }) => listenForSyncSteps(new Uint8Array(event.data), heard));
  const channel: Channel = {
    name, id, kind, copy, fromHub, heard, provider,
    outcome: new Promise((resolve) => {
      provider.on('authenticated', ({ scope }: { scope: 'read-write' | 'readonly' }) => resolve({ scope }));
      provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve({ refused: reason || 'permission-denied' }));
    }),
    destroy() {
      provider.destroy();
      copy.destroy();
    },
  };
  // The hub closes one document (not the socket) when it refuses its first update or access is lost.
  provider.on('close', ({ event }: { event: { code?: number; reason?: string } }) => {
    channel.closed ??= event.reason || `closed by the hub (${event.code ?? 'no code'})`;
  });
  // Whatever moves a channel wakes the round's waits at once (no polling delay per document).
  for (const moved of ['authenticated', 'authenticationFailed', 'synced', 'unsyncedChanges', 'close']) provider.on(moved, () => connection.notify());
  provider.attach();
  return channel;
}

/** Hocuspocus frames: the document's routing key, the message type (0 = sync), then y-protocols' sync message. */
const syncMessage = 0;

function listenForSyncSteps(frame: Uint8Array, heard: Channel['heard']): void {
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== syncMessage) return;
    const step = decoding.readVarUint(decoder);
    if (step === syncProtocol.messageYjsSyncStep1) heard.vector ??= decoding.readVarUint8Array(decoder);
    else if (step === syncProtocol.messageYjsSyncStep2) heard.answer ??= decoding.readVarUint8Array(decoder);
  } catch {
    // Not a frame this round reads; the provider handles (or refuses) it.
  }
}

/**
 * Whether the copy held anything the hub lacked when it answered the hub's first step: the
 * same test the hub applies before storing (a snapshot of its state vector and delete set).
 * Unknown (a step not heard) counts as sent.
 */
export function hubLacked(channel: Channel): boolean {
  const { vector, answer } = channel.heard;
  if (!vector || !answer) return true;
  const hub = Y.createSnapshot(Y.decodeUpdate(answer).ds, Y.decodeStateVector(vector));
  return !Y.snapshotContainsUpdate(hub, Y.encodeStateAsUpdate(channel.copy, vector));
}

export interface Limits {
  deadline: number;
  signal: AbortSignal | undefined;
}

const stopped = () => new SyncFailure('incomplete', 'The sync round was stopped (Minga is closing); nothing was lost.');

/** Waits until `condition` holds, waking on every channel event and at least every 50 ms (deadline, stop). */
export async function waitFor(connection: Connection, condition: () => boolean, limits: Limits, what: string): Promise<void> {
  while (!condition()) {
    if (limits.signal?.aborted) throw stopped();
    if (connection.lost) throw connection.lost;
    if (Date.now() > limits.deadline) throw new SyncFailure('incomplete', `The sync round ran out of time waiting for ${what}; nothing was lost, run it again.`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 50);
      connection.waiters.add(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  if (connection.lost) throw connection.lost;
}

export async function within<T>(promise: Promise<T>, connection: Connection, limits: Limits, what: string): Promise<T> {
  let settled = false;
  void promise.then(() => {
    settled = true;
    connection.notify();
  });
  await waitFor(connection, () => settled, limits, what);
  return promise;
}

export function throwIfStopped(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw stopped();
}
