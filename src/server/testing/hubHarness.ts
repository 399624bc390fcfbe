import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { tempDataDir } from '../../core/testing/harness';
import { writeMeta, type DocumentKind } from '../../shared/documents/schema';
import { hashPassword } from '../auth/passwords';
import type { HubOptions } from '../config';
import { startHub, type Hub } from '../hub';
import type { Role } from '../roles';
import type { UserRecord } from '../store/types';

export const testPassword = 'una clave larga';
/** Cheap scrypt parameters: tests create many accounts. */
const fastHash = (password: string) => hashPassword(password, { N: 1024, r: 8, p: 1 });

/** `closed`: the hub closed the socket before answering (a frame it refused). */
export type OpenOutcome = 'read-write' | 'readonly' | 'denied' | 'closed';

export interface OpenDocument {
  outcome: OpenOutcome;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Resolves once the hub acknowledged every local change. */
  settled(): Promise<void>;
  destroy(): void;
}

/**
 * A hub on 127.0.0.1, port 0, with helpers to sign in and open documents. Its store is a
 * throwaway folder, or the PostgreSQL database in `options.databaseUrl` (see backends.ts).
 */
export async function startTestHub(options: Partial<HubOptions> = {}) {
  const folder = options.databaseUrl === undefined && options.dataDir === undefined ? tempDataDir('minga-hub-') : undefined;
  const where = folder ? { dataDir: folder.dir } : {};
  const hub: Hub = await startHub({ ...where, port: 0, log: () => undefined, ...options });
  const { accounts, documents } = hub.store;
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

  const addUser = async (email: string, role: Role): Promise<UserRecord> =>
    accounts.addUser({ email, role, passwordHash: await fastHash(testPassword) });

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
      settled: () => waitUntil(() => !provider.hasUnsyncedChanges, `${name} to be acknowledged`),
    };
    opened.push(entry);
    return entry;
  };

  /** What the hub has stored for a document, decoded. */
  const stored = async (name: string): Promise<Y.Doc | undefined> => {
    const state = await documents.load(name);
    if (!state) return undefined;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return doc;
  };

  return {
    hub, accounts, documents, request, addUser, login, open, stored,
    /** The options that start a hub on the same store again (after `hub.close()`). */
    storeOptions: { ...where, ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}) } as Partial<HubOptions>,
    async close() {
      for (const entry of opened) entry.destroy();
      await hub.close();
      folder?.remove();
    },
  };
}

export type TestHub = Awaited<ReturnType<typeof startTestHub>>;

/** A new document of a kind with its meta, as the desktop app creates it. */
export function newDocument(kind: DocumentKind, parents: { exerciseId?: string; workshopId?: string } = {}, title = 'Título'): Y.Doc {
  const doc = new Y.Doc();
  writeMeta(doc, { kind, schemaVersion: 1, ...parents });
  doc.getMap(kind).set('title', title);
  return doc;
}

export async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
