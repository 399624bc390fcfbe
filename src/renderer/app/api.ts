import type { AppApi, ClientEvents } from '../../shared/contract';
import type { DesktopBridge } from '../../shared/rpc/bridge';
import { apiOf, createApiClient, unwrap, type RpcChannel } from '../../shared/rpc/client';
import { decodeFrame, encodeFrame } from '../../shared/rpc/wire';

type Listener<K extends keyof ClientEvents> = Parameters<ClientEvents[K]>[0];
const listeners = {
  boardUpdated: new Set<(payload: Listener<'boardUpdated'>) => void>(),
  storeChanged: new Set<(payload: Listener<'storeChanged'>) => void>(),
  syncStatusChanged: new Set<(payload: Listener<'syncStatusChanged'>) => void>(),
};
export type ConnectionState = 'connecting' | 'open' | 'lost';
const connectionListeners = new Set<(state: ConnectionState) => void>();

/** Subscribes to a core event; returns the unsubscribe function. */
export function onCoreEvent<K extends keyof ClientEvents>(name: K, listener: (payload: Listener<K>) => void): () => void {
  const set = listeners[name] as Set<(payload: Listener<K>) => void>;
  set.add(listener);
  return () => set.delete(listener);
}

export function onConnectionState(listener: (state: ConnectionState) => void): () => void {
  connectionListeners.add(listener);
  return () => connectionListeners.delete(listener);
}

const dispatch: ClientEvents = {
  boardUpdated: (payload) => listeners.boardUpdated.forEach((listener) => listener(payload)),
  storeChanged: (payload) => listeners.storeChanged.forEach((listener) => listener(payload)),
  syncStatusChanged: (payload) => listeners.syncStatusChanged.forEach((listener) => listener(payload)),
};

/** In the desktop app the preload bridges to the core over a MessagePort. */
function desktopApi(bridge: DesktopBridge): AppApi {
  bridge.onBoardUpdated(dispatch.boardUpdated);
  bridge.onStoreChanged(dispatch.storeChanged);
  bridge.onSyncStatusChanged(dispatch.syncStatusChanged);
  return apiOf((name) => async (input) => unwrap(await bridge[name](input ?? {})));
}

/**
 * In browser mode the core is reached over a WebSocket on the same origin, carrying the same
 * contract as msgpack frames (binary-safe for Yjs updates). Messages sent while the socket is
 * reconnecting wait in a queue.
 */
function browserApi(): AppApi {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api`;
  let socket: WebSocket | undefined;
  let receive: ((data: unknown) => void) | undefined;
  const queue: Uint8Array[] = [];
  let retryMs = 250;

  const emitState = (state: ConnectionState) => connectionListeners.forEach((listener) => listener(state));
  const connect = () => {
    emitState('connecting');
    const next = new WebSocket(url);
    next.binaryType = 'arraybuffer';
    next.onopen = () => {
      socket = next;
      retryMs = 250;
      emitState('open');
      for (const frame of queue.splice(0)) next.send(frame);
    };
    next.onmessage = (event) => receive?.(new Uint8Array(event.data as ArrayBuffer));
    next.onclose = () => {
      socket = undefined;
      emitState('lost');
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 5_000);
    };
  };
  connect();

  const channel: RpcChannel = {
    post: (frame) => {
      const bytes = frame as Uint8Array;
      if (socket?.readyState === WebSocket.OPEN) socket.send(bytes);
      else queue.push(bytes);
    },
    on: (listener) => {
      receive = listener;
    },
    serialize: (data) => encodeFrame(data),
    deserialize: (data) => decodeFrame(data as Uint8Array),
  };
  return createApiClient(channel, dispatch);
}

declare global {
  interface Window {
    minga?: DesktopBridge;
  }
}

export const api: AppApi = window.minga ? desktopApi(window.minga) : browserApi();
export const platform: 'desktop' | 'browser' = window.minga ? 'desktop' : 'browser';
