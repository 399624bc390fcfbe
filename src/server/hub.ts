import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Extension } from '@hocuspocus/server';
import { appVersion } from '../core/version';
import { AccessPolicy } from './access';
import { Sessions } from './auth/sessions';
import { Throttle } from './auth/throttle';
import { TokenSigner } from './auth/tokens';
import { hubDefaults, type HubOptions } from './config';
import { HubStartupError } from './errors';
import { createApi } from './http/api';
import { createDashboard } from './http/dashboard';
import { describeIssues, HubStorage, type HubLocation } from './location';
import { createProjector, type Projector } from './projections/projector';
import { rebuildProjections } from './projections/project';
import { openHubStore } from './store/hubStore';
import type { HubStore } from './store/types';
import { connectRedis } from './sync/redis';
import { attachSyncSocket } from './sync/socket';
import { createSyncServer, type SyncServer } from './sync/syncServer';

export interface Hub {
  /** http://host:port — the API lives under /api, Yjs sync at ws://host:port/sync. */
  url: string;
  syncUrl: string;
  port: number;
  store: HubStore;
  sync: SyncServer;
  /** Keeps the dashboard's tables following the stored documents; `flush()` in tests. */
  projector: Projector;
  /** This instance's name on Redis, when it shares documents with other instances. */
  redisIdentifier?: string;
  close(): Promise<void>;
}

export const syncPath = '/sync';

/**
 * Starts the central office's hub: one HTTP server on one port, serving the JSON API under /api
 * and Yjs sync (Hocuspocus) over WebSockets at /sync. Its store is SQLite in a data folder (one
 * hub per folder: the folder lock) or PostgreSQL, which several instances may share, with Redis
 * relaying live edits between them. The admin command line works beside a running hub.
 */
export async function startHub(options: HubOptions): Promise<Hub> {
  const settings = { ...hubDefaults, ...definedOnly(options) };
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.error(message));
  if (settings.sweepIntervalMs > 60_000) throw new Error('The sweep must run at least once a minute.');
  const storage = HubStorage.safeParse({ data: options.dataDir, database: options.databaseUrl, redis: options.redisUrl });
  if (!storage.success) throw new HubStartupError(describeIssues(storage.error));
  if (storage.data.data === undefined && storage.data.database === undefined) throw new HubStartupError('Give the hub a data folder or a PostgreSQL URL.');
  const location: HubLocation = storage.data.database !== undefined
    ? { kind: 'postgres', url: storage.data.database }
    : { kind: 'sqlite', dataDir: storage.data.data! };

  const store = await openHubStore(location, { exclusive: true, now, log });
  const cleanups: (() => Promise<unknown>)[] = [() => store.close()];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  let sync: SyncServer;
  let sessions: Sessions;
  const policy = new AccessPolicy(store.accounts, store.documents);
  const projector = createProjector({ documents: store.documents, projections: store.projections, log, delayMs: settings.projectionDelayMs });
  let redisIdentifier: string | undefined;
  try {
    const extensions: Extension[] = [];
    if (storage.data.redis) {
      const redis = await connectRedis(storage.data.redis, log);
      extensions.push(redis.extension);
      redisIdentifier = redis.identifier;
      cleanups.push(() => redis.extension.onDestroy());
    }
    sessions = new Sessions(store.accounts, store.devices, new TokenSigner(await store.signingSecret()), {
      accessTokenTtlMs: settings.accessTokenTtlMs,
      refreshTokenTtlMs: settings.refreshTokenTtlMs,
      signInPerEmail: settings.signInPerEmail,
      signInPerAddress: settings.signInPerAddress,
      now,
    });
    sync = createSyncServer({
      accounts: store.accounts, documents: store.documents, policy, sessions, now, log, extensions,
      compactAfter: settings.compactAfter,
      sweepIntervalMs: settings.sweepIntervalMs,
      timeoutMs: settings.timeoutMs,
      maxPendingDocuments: settings.maxPendingDocuments,
      maxUnauthenticatedQueueMessages: settings.maxUnauthenticatedQueueMessages,
      maxUnauthenticatedQueueSize: settings.maxUnauthenticatedQueueSize,
      onStored: (name) => projector.schedule(name),
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const sweepNow = () => sync.sweep().catch((error: unknown) => log(`The connection sweep failed: ${String(error)}`));

  const allowed = new Set(settings.allowedOrigins ?? []);
  const originAllowed = (origin: string | undefined) => origin === undefined || allowed.has(origin) || origin === ownOrigin();
  const clientAddress = (request: IncomingMessage) => request.socket.remoteAddress ?? 'unknown';

  const api = createApi({ sessions, devices: store.devices, documents: store.documents, accounts: store.accounts, projections: store.projections, policy, clientAddress, originAllowed, log, version: appVersion, sweepNow });
  const dashboard = createDashboard({
    sessions, devices: store.devices, accounts: store.accounts, projections: store.projections, clientAddress, originAllowed, log, now,
    csrfKey: await store.signingSecret(), sweepNow,
    hubDocuments: { hocuspocus: sync.hocuspocus, documents: store.documents, onStored: (name) => projector.schedule(name) },
  });
  // /api is JSON for programs; everything else is the dashboard, HTML for people.
  const server = createServer((request, response) => {
    void (/^\/api(\/|$)/.test(request.url ?? '') ? api(request, response) : dashboard(request, response));
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  const socket = attachSyncSocket(server, {
    hocuspocus: sync.hocuspocus,
    path: syncPath,
    maxMessageBytes: settings.maxMessageBytes,
    originAllowed,
    connectionThrottle: new Throttle(settings.connectionsPerAddress.limit, settings.connectionsPerAddress.windowMs),
    clientAddress,
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(settings.port, settings.host, () => resolve());
    });
  } catch (error) {
    socket.close();
    await cleanUp();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  const url = `http://${hostForUrl}:${port}`;
  function ownOrigin() {
    return url;
  }

  // Projects everything once at start, in the background: documents stored before this Minga had
  // projections (or while a projection failed) appear on the dashboard without a manual step.
  const startupRebuild = rebuildProjections(store.documents, store.projections)
    .catch((error: unknown) => log(`Rebuilding the dashboard's projections failed: ${String(error)}`));

  const sweeper = setInterval(() => void sweepNow(), settings.sweepIntervalMs);
  sweeper.unref();

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      clearInterval(sweeper);
      socket.close();
      // Connections are gone; compact what is loaded and let documents unload (with Redis, after
      // its short delay for last messages), then let go of Redis and the store.
      sync.hocuspocus.flushPendingStores();
      await waitFor(() => sync.hocuspocus.getDocumentsCount() === 0, 5_000);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Waits for a sweep in flight (the next one finds no connections) before the store closes.
      await sweepNow();
      await startupRebuild;
      await projector.flush();
      await cleanUp();
    })();
    return closing;
  };

  return { url, syncUrl: `ws://${hostForUrl}:${port}${syncPath}`, port, store, sync, projector, redisIdentifier, close };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
}
