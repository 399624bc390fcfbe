import { createBirpc, type BirpcReturn } from 'birpc';
import type { ClientEvents, MethodName } from '../shared/contract';
import type { Reply } from '../shared/contract/procedure';
import type { ClientToCore } from '../shared/rpc/client';

/**
 * The preload's private link to the core: a MessagePort from main carrying birpc, the same
 * protocol every other client speaks (structured-cloned objects; no serializer is needed on
 * a port). Calls made before the first port arrives wait for it. When the core restarts,
 * main sends a new port; calls in flight on the old one are answered with an error, since
 * the core that received them is gone.
 */

/** The part of a MessagePort the connection uses (a DOM port in Electron, a Node port in tests). */
export interface CorePort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  start(): void;
  close(): void;
}

type EventName = keyof ClientEvents;
type EventListener<K extends EventName> = ClientEvents[K];
type CoreRpc = BirpcReturn<ClientToCore, ClientEvents>;

export interface CoreConnection {
  attach(port: CorePort): void;
  call(name: MethodName, input: unknown): Promise<Reply<unknown>>;
  subscribe<K extends EventName>(name: K, listener: EventListener<K>): () => void;
}

function failure(code: 'internal' | 'store_unavailable', message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

function isReply(value: unknown): value is Reply<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export function createCoreConnection(timeoutMs = 120_000): CoreConnection {
  let rpc: CoreRpc | null = null;
  let port: CorePort | null = null;
  const waiting = new Set<(rpc: CoreRpc) => void>();
  const listeners: { [K in EventName]: Set<EventListener<K>> } = {
    boardUpdated: new Set(),
    storeChanged: new Set(),
    syncStatusChanged: new Set(),
  };

  // One renderer listener that throws must not stop the others from hearing the event.
  const dispatch = <K extends EventName>(name: K, payload: Parameters<EventListener<K>>[0]) => {
    for (const listener of listeners[name] as Set<(payload: unknown) => void>) {
      try {
        listener(payload);
      } catch (error) {
        console.error(`[minga] a ${name} listener failed`, error);
      }
    }
  };
  const events: ClientEvents = {
    boardUpdated: (payload) => dispatch('boardUpdated', payload),
    storeChanged: (payload) => dispatch('storeChanged', payload),
    syncStatusChanged: (payload) => dispatch('syncStatusChanged', payload),
  };

  const waitForCore = () =>
    new Promise<CoreRpc | null>((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(arrived);
        resolve(null);
      }, timeoutMs);
      const arrived = (next: CoreRpc) => {
        clearTimeout(timer);
        resolve(next);
      };
      waiting.add(arrived);
    });

  return {
    attach(next) {
      const previous = { rpc, port };
      port = next;
      rpc = createBirpc<ClientToCore, ClientEvents>(events, {
        post: (data) => next.postMessage(data),
        on: (receive) => {
          next.addEventListener('message', (event) => receive(event.data));
          next.start();
        },
        timeout: timeoutMs,
        eventNames: [],
      });
      previous.rpc?.$close(new Error('The core restarted before answering; the call may or may not have been applied.'));
      previous.port?.close();
      const current = rpc;
      for (const arrived of [...waiting]) arrived(current);
      waiting.clear();
    },

    async call(name, input) {
      try {
        const core = rpc ?? (await waitForCore());
        if (!core) return failure('store_unavailable', `No connection to the core after ${timeoutMs} ms (calling "${name}").`);
        const reply: unknown = await core.$call(name, input ?? {});
        return isReply(reply) ? reply : failure('internal', `The core sent a reply to "${name}" that is not an envelope.`);
      } catch (error) {
        // Errors lose their fields crossing contextBridge, so they travel as envelopes.
        return failure('internal', error instanceof Error ? error.message : String(error));
      }
    },

    subscribe(name, listener) {
      listeners[name].add(listener);
      return () => {
        listeners[name].delete(listener);
      };
    },
  };
}
