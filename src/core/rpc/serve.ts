import { createBirpc } from 'birpc';
import { methodNames, type ClientEvents } from '../../shared/contract';
import type { ClientToCore, RpcChannel } from '../../shared/rpc/client';
import type { Engine } from '../engine';
import { dispatch } from './dispatch';

export interface ServedSession {
  close(): void;
}

/**
 * Serves the contract to one client over any channel (a MessagePort in the desktop app, a
 * WebSocket in browser mode, an in-memory pair in tests). Every call goes through `dispatch`.
 */
export function serveChannel(engine: Engine, channel: RpcChannel): ServedSession {
  // The session's events need the birpc instance, which needs the session: a box breaks the cycle.
  const box: { remote?: ReturnType<typeof createBirpc<ClientEvents, ClientToCore>> } = {};
  const session = engine.connect({
    boardUpdated: (payload) => void box.remote?.$callEvent('boardUpdated', payload).catch(() => undefined),
    storeChanged: (payload) => void box.remote?.$callEvent('storeChanged', payload).catch(() => undefined),
    syncStatusChanged: (payload) => void box.remote?.$callEvent('syncStatusChanged', payload).catch(() => undefined),
  });
  const functions = Object.fromEntries(
    methodNames.map((name) => [name, (input: unknown) => dispatch(engine.handlers, name, input, session)]),
  ) as ClientToCore;
  const remote = createBirpc<ClientEvents, ClientToCore>(functions, {
    post: (data) => channel.post(data),
    on: (listener) => channel.on(listener),
    ...(channel.serialize ? { serialize: channel.serialize } : {}),
    ...(channel.deserialize ? { deserialize: channel.deserialize } : {}),
    eventNames: ['boardUpdated', 'storeChanged', 'syncStatusChanged'],
    timeout: 60_000,
    onGeneralError: () => true,
  });
  box.remote = remote;
  return {
    close() {
      engine.disconnect(session);
      remote.$close();
    },
  };
}
