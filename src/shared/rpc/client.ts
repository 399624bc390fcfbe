import { createBirpc } from 'birpc';
import { ApiError, isApiErrorShape } from '../domain/errors';
import { methodNames, type AppApi, type ClientEvents, type MethodName } from '../contract';
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
  };
  const rpc = createBirpc<ClientToCore, ClientEvents>(localEvents, {
    post: (data) => channel.post(data),
    on: (listener) => channel.on(listener),
    ...(channel.serialize ? { serialize: channel.serialize } : {}),
    ...(channel.deserialize ? { deserialize: channel.deserialize } : {}),
    timeout: timeoutMs,
    eventNames: [],
  });
  const api = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const name of methodNames) {
    api[name] = async (input: unknown) => unwrap(await rpc.$call(name, input ?? {}));
  }
  return api as unknown as AppApi;
}

export function unwrap<T>(reply: Reply<T>): T {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    if (reply.ok) return reply.value;
    if (isApiErrorShape(reply.error)) throw new ApiError(reply.error.code, reply.error.message, reply.error.issues);
  }
  throw new ApiError('internal', 'The core sent a reply this client does not understand.');
}
