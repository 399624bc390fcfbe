import { createBirpc } from 'birpc';
import { ApiError, isApiErrorShape } from '../domain/errors';
import type { AppApi, ClientEvents, MethodName } from '../contract';
import type { Reply } from '../contract/procedure';

/** The few functions any transport must provide: post a message, listen for messages. */
export interface RpcChannel {
  post(data: unknown): void;
  on(listener: (data: unknown) => void): void;
  serialize?(data: unknown): unknown;
  deserialize?(data: unknown): unknown;
}

/** What the core calls on each client (events only; it never awaits them). */
export type CoreToClient = ClientEvents;
/** What a client calls on the core: the contract, wrapped in reply envelopes. */
export type ClientToCore = { [K in MethodName]: (input: unknown) => Promise<Reply<unknown>> };

/**
 * Builds the typed API over a channel. Each method unwraps the reply envelope and throws an
 * ApiError with its code, so callers handle errors the same way whatever the transport.
 */
export function createApiClient(channel: RpcChannel, events: Partial<ClientEvents>, timeoutMs = 120_000): AppApi {
  const localEvents: ClientEvents = {
    boardUpdated: (payload) => events.boardUpdated?.(payload),
    storeChanged: (payload) => events.storeChanged?.(payload),
    syncStatusChanged: (payload) => events.syncStatusChanged?.(payload),
  };
  const rpc = createBirpc<ClientToCore, ClientEvents>(localEvents, {
    post: (data) => channel.post(data),
    on: (listener) => channel.on(listener),
    ...(channel.serialize ? { serialize: channel.serialize } : {}),
    ...(channel.deserialize ? { deserialize: channel.deserialize } : {}),
    timeout: timeoutMs,
    eventNames: [],
  });
  return apiOf((name) => async (input: unknown) => unwrap(await rpc.$call(name, input ?? {})));
}

/**
 * The API object, one function per method name, made on first use. It needs no list of the
 * contract's methods at run time, so a window can reach the core before the contract's schemas
 * have been built (see the renderer's start-up). `then` is never a method: the object must not
 * look like a promise.
 */
export function apiOf(method: (name: MethodName) => (input: unknown) => Promise<unknown>): AppApi {
  const made = new Map<string, (input: unknown) => Promise<unknown>>();
  return new Proxy({} as AppApi, {
    get(_, name) {
      if (typeof name !== 'string' || name === 'then') return undefined;
      let call = made.get(name);
      if (!call) made.set(name, (call = method(name as MethodName)));
      return call;
    },
  });
}

export function unwrap<T>(reply: Reply<T>): T {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    if (reply.ok) return reply.value;
    if (isApiErrorShape(reply.error)) throw new ApiError(reply.error.code, reply.error.message, reply.error.issues);
  }
  throw new ApiError('internal', 'The core sent a reply this client does not understand.');
}
