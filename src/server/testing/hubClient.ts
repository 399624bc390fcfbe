import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export const testPassword = 'una clave larga';

/** `closed`: the hub closed the socket before answering (a frame it refused). */
export type OpenOutcome = 'read-write' | 'readonly' | 'denied' | 'closed';

export interface OpenDocument {
  outcome: OpenOutcome;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Resolves once the hub acknowledged every local change. */
  settled(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

/**
 * A client of a running hub, in this process or another: the API over fetch, and documents
 * opened with real providers (`@hocuspocus/provider` + `ws`), as the desktop core opens them.
 */
export function hubClient(hub: { url: string; syncUrl: string }) {
  const opened: OpenDocument[] = [];

  const request = async (path: string, init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {}) => {
    const response = await fetch(`${hub.url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };

  const login = async (email: string, deviceName = 'portátil'): Promise<{ accessToken: string; refreshToken: string; deviceId: string }> => {
    const reply = await request('/api/auth/login', { body: { email, password: testPassword, deviceName } });
    if (reply.status !== 200) throw new Error(`Sign-in failed: ${JSON.stringify(reply.body)}`);
    return reply.body;
  };

  const open = async (name: string, token: string, doc = new Y.Doc()): Promise<OpenDocument> => {
    const socket = new HocuspocusProviderWebsocket({ url: hub.syncUrl, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token });
    const outcome = new Promise<OpenOutcome>((resolve) => {
      provider.on('authenticated', ({ scope }: { scope: OpenOutcome }) => resolve(scope));
      provider.on('authenticationFailed', () => resolve('denied'));
      socket.on('close', () => resolve('closed'));
    });
    // The hub may close the document right after authenticating it (a refused first update).
    let closedByHub = false;
    provider.on('close', () => {
      closedByHub = true;
    });
    provider.attach();
    const result = await outcome;
    if ((result === 'read-write' || result === 'readonly') && !provider.isSynced) {
      await waitUntil(() => provider.isSynced || closedByHub, `${name} to sync`);
    }
    const destroy = () => {
      provider.destroy();
      socket.destroy();
    };
    const entry: OpenDocument = {
      outcome: result, doc, provider, socket, destroy,
      settled: (timeoutMs?: number) => waitUntil(() => !provider.hasUnsyncedChanges, `${name} to be acknowledged`, timeoutMs),
    };
    opened.push(entry);
    return entry;
  };

  return {
    request, login, open,
    destroyAll() {
      for (const entry of opened) entry.destroy();
    },
  };
}

export async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
