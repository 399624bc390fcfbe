import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
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

/** Origin of changes a round makes to its own copies, so they are not mistaken for the hub's. */
export const fromStore = Symbol('from-store');

export interface Connection {
  socket: HocuspocusProviderWebsocket;
  /** Set once the round's socket closed. */
  lost: SyncFailure | undefined;
}

/**
 * The round's socket. Its closing (a dropped connection, the hub going away) fails the round;
 * only the hub closing one document, over a socket that stays open, is that document's refusal.
 */
export function connect(hubUrl: string): Connection {
  const socket = new HocuspocusProviderWebsocket({ url: syncUrlOf(hubUrl), WebSocketPolyfill: QuietWebSocket });
  const connection: Connection = { socket, lost: undefined };
  socket.on('close', ({ event }: { event: { code?: number; reason?: string } }) => {
    connection.lost ??= new SyncFailure('incomplete', `The connection to the hub was lost during the sync round (${event.reason || `code ${event.code ?? 'none'}`}); what the hub acknowledged is kept, run it again.`);
  });
  return connection;
}

export interface Channel {
  name: string;
  id: string;
  kind: DocumentKind;
  /** The hub's copy: it starts empty and the hub's state comes down into it. */
  copy: Y.Doc;
  provider: HocuspocusProvider;
  /** 'read-write' or 'readonly' once authenticated, or why the hub turned it away. */
  outcome: Promise<{ scope: 'read-write' | 'readonly' } | { refused: string }>;
  closed?: string;
  destroy(): void;
}

export function openChannel(connection: Connection, name: string, id: string, kind: DocumentKind, token: string): Channel {
  const copy = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: connection.socket, name, document: copy, token });
  const channel: Channel = {
    name, id, kind, copy, provider,
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
  provider.attach();
  return channel;
}

/** Applies to the hub's copy what the store has that it lacks; true when that was anything. */
export function sendMissing(copy: Y.Doc, local: Y.Doc): boolean {
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
export function lacks(copy: Y.Doc, local: Y.Doc): boolean {
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(copy));
    return sendMissing(scratch, local);
  } finally {
    scratch.destroy();
  }
}

export interface Limits {
  deadline: number;
  signal: AbortSignal | undefined;
}

const stopped = () => new SyncFailure('incomplete', 'The sync round was stopped (Minga is closing); nothing was lost.');

export async function waitFor(connection: Connection, condition: () => boolean, limits: Limits, what: string): Promise<void> {
  while (!condition()) {
    if (limits.signal?.aborted) throw stopped();
    if (connection.lost) throw connection.lost;
    if (Date.now() > limits.deadline) throw new SyncFailure('incomplete', `The sync round ran out of time waiting for ${what}; nothing was lost, run it again.`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  if (connection.lost) throw connection.lost;
}

export async function within<T>(promise: Promise<T>, connection: Connection, limits: Limits, what: string): Promise<T> {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  await waitFor(connection, () => settled, limits, what);
  return promise;
}

export function throwIfStopped(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw stopped();
}
