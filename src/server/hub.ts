import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { acquireDataLock, type DataLock } from '../core/store/lock';
import type { Db } from '../core/store/database';
import { appVersion } from '../core/version';
import { AccessPolicy } from './access';
import { Sessions } from './auth/sessions';
import { Throttle } from './auth/throttle';
import { loadOrCreateSecret, TokenSigner } from './auth/tokens';
import { hubDefaults, type HubOptions } from './config';
import { createApi } from './http/api';
import { Accounts } from './store/accounts';
import { Devices } from './store/devices';
import { DocumentLog } from './store/documentLog';
import { hubPaths, openHubDatabase } from './store/hubStore';
import { attachSyncSocket } from './sync/socket';
import { createSyncServer, type SyncServer } from './sync/syncServer';

export interface Hub {
  /** http://host:port — the API lives under /api, Yjs sync at ws://host:port/sync. */
  url: string;
  syncUrl: string;
  port: number;
  db: Db;
  sync: SyncServer;
  close(): Promise<void>;
}

export const syncPath = '/sync';

/**
 * Starts the central office's hub: one HTTP server on one port, serving the JSON API under /api
 * and Yjs sync (Hocuspocus) over WebSockets at /sync, with its SQLite store in the data folder.
 * One hub per data folder (the folder lock); the admin command line works beside it.
 */
export async function startHub(options: HubOptions): Promise<Hub> {
  const settings = { ...hubDefaults, ...definedOnly(options) };
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.error(message));
  if (settings.sweepIntervalMs > 60_000) throw new Error('The sweep must run at least once a minute.');

  const lock: DataLock = acquireDataLock(options.dataDir, 'hub');
  let db: Db;
  try {
    db = openHubDatabase(options.dataDir);
  } catch (error) {
    lock.release();
    throw error;
  }
  const accounts = new Accounts(db, now);
  const devices = new Devices(db, now);
  const documents = new DocumentLog(db, now);
  const policy = new AccessPolicy(accounts, documents);
  const sessions = new Sessions(accounts, devices, new TokenSigner(loadOrCreateSecret(hubPaths(options.dataDir).secret)), {
    accessTokenTtlMs: settings.accessTokenTtlMs,
    refreshTokenTtlMs: settings.refreshTokenTtlMs,
    signInPerEmail: settings.signInPerEmail,
    signInPerAddress: settings.signInPerAddress,
    now,
  });
  const sync = createSyncServer({
    accounts, documents, policy, sessions, now, log,
    compactAfter: settings.compactAfter,
    sweepIntervalMs: settings.sweepIntervalMs,
    timeoutMs: settings.timeoutMs,
    maxPendingDocuments: settings.maxPendingDocuments,
    maxUnauthenticatedQueueMessages: settings.maxUnauthenticatedQueueMessages,
    maxUnauthenticatedQueueSize: settings.maxUnauthenticatedQueueSize,
  });

  const allowed = new Set(settings.allowedOrigins ?? []);
  const originAllowed = (origin: string | undefined) => origin === undefined || allowed.has(origin) || origin === ownOrigin();
  const clientAddress = (request: IncomingMessage) => request.socket.remoteAddress ?? 'unknown';

  const api = createApi({
    sessions, devices, clientAddress, originAllowed, log, version: appVersion,
    sweepNow: () => void sync.sweep(),
  });
  const server = createServer((request, response) => void api(request, response));
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
    db.close();
    lock.release();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  const url = `http://${hostForUrl}:${port}`;
  function ownOrigin() {
    return url;
  }

  const sweeper = setInterval(() => {
    try {
      sync.sweep();
    } catch (error) {
      log(`The connection sweep failed: ${String(error)}`);
    }
  }, settings.sweepIntervalMs);
  sweeper.unref();

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      clearInterval(sweeper);
      socket.close();
      // Connections are gone; store and compact what is loaded, then let go of the database.
      sync.hocuspocus.flushPendingStores();
      await waitFor(() => sync.hocuspocus.getDocumentsCount() === 0, 5_000);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
      lock.release();
    })();
    return closing;
  };

  return { url, syncUrl: `ws://${hostForUrl}:${port}${syncPath}`, port, db, sync, close };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
}
