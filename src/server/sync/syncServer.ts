import * as Y from 'yjs';
import { Hocuspocus, type Connection, type Extension } from '@hocuspocus/server';
import type { AccessPolicy } from '../access';
import type { Sessions } from '../auth/sessions';
import type { AccountStore, DocumentStore } from '../store/types';
import { Refusal, type SyncContext } from './context';
import { createPersistence, StoreFailure } from './persistence';

export interface SyncOptions {
  accounts: AccountStore;
  documents: DocumentStore;
  policy: AccessPolicy;
  sessions: Sessions;
  now: () => Date;
  log: (message: string) => void;
  /** Fold a document's log into a snapshot once it holds this many updates. */
  compactAfter: number;
  /** How often the sweep runs; also how early a token about to expire is asked to refresh. */
  sweepIntervalMs: number;
  /** Idle time, and the deadline before a first authentication, after which a socket is closed. */
  timeoutMs: number;
  /** Bounds on what an unauthenticated socket may make the hub hold (see Hocuspocus). */
  maxPendingDocuments: number;
  maxUnauthenticatedQueueMessages: number;
  maxUnauthenticatedQueueSize: number;
  /** Run before Minga's own hooks: the Redis extension when several instances share documents. */
  extensions?: Extension[];
  /** Called after each stored update (the dashboard projector schedules a projection). */
  onStored?: (name: string) => void;
}

export interface SyncServer {
  hocuspocus: Hocuspocus<SyncContext>;
  /** Closes what is no longer allowed; resolves to how many document connections it closed. */
  sweep(): Promise<number>;
}

const closeCodes = { unauthorized: 4401, forbidden: 4403 } as const;

/**
 * Hocuspocus configured for Minga: authentication and authorization per document, the update
 * log written before acknowledgement (persistence.ts), compaction off the edit path, the sweep.
 */
export function createSyncServer(options: SyncOptions): SyncServer {
  const { accounts, documents, policy, sessions } = options;
  const persistence = createPersistence({ accounts, documents, policy, onStored: options.onStored });

  /** Runs a hook's store work; a store failure is logged and answered as "store-unavailable". */
  const guarded = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Refusal || error instanceof StoreFailure) throw error;
      options.log(`${what}: ${String(error)}`);
      throw new StoreFailure(error);
    }
  };

  const extension: Extension<SyncContext> = {
    extensionName: 'minga-hub',

    async onAuthenticate({ token, documentName, connectionConfig }) {
      return guarded(`Could not authenticate a connection to ${documentName}`, async () => {
        const auth = await sessions.authenticate(token);
        if (!auth) throw new Refusal('unauthorized');
        const user = { id: auth.user.id, role: auth.user.role };
        const { access } = await policy.forDocument(user, documentName);
        if (access === 'none') throw new Refusal('permission-denied');
        connectionConfig.readOnly = access === 'read';
        return { ...user, deviceId: auth.device.id, tokenExpiresAt: auth.expiresAt, access } satisfies SyncContext;
      });
    },

    /** A provider answering the sweep's request with a fresh access token. */
    async onTokenSync({ token, connection }) {
      const auth = await guarded('Could not check a refreshed token', () => sessions.authenticate(token));
      if (!auth || auth.user.id !== connection.context.id) throw new Refusal('unauthorized');
      connection.context.tokenExpiresAt = auth.expiresAt;
      connection.context.deviceId = auth.device.id;
    },

    async onLoadDocument({ documentName, document }) {
      const state = await guarded(`Could not load ${documentName}`, () => documents.load(documentName));
      if (state) Y.applyUpdate(document, state, { source: 'local', skipStoreHooks: true });
    },

    async beforeSync({ connection, document, type, payload }) {
      if (type === 0 || connection.readOnly) return;
      if (connection.context.tokenExpiresAt <= options.now().getTime()) throw new Refusal('unauthorized');
      try {
        await guarded(`Could not store an update of ${document.name}`, () =>
          persistence.storeBeforeApplying(document, type, payload, connection.context));
      } catch (error) {
        // The update was not applied; the provider reconnects and sends it again.
        if (error instanceof StoreFailure) persistence.dropSocket(connection);
        throw error;
      }
    },

    /** Debounced by Hocuspocus, and run at once when the last client leaves. */
    async onStoreDocument({ documentName, document }) {
      try {
        const record = await documents.record(documentName);
        if (!record) return;
        const pending = record.lastSeq - record.snapshotSeq;
        const unloading = document.getConnectionsCount() === 0;
        if (pending >= options.compactAfter || (unloading && pending > 1)) await documents.compact(documentName);
      } catch (error) {
        // Compaction only saves space; the log is complete without it.
        options.log(`Could not compact ${documentName}: ${String(error)}`);
      }
    },
  };

  const hocuspocus = new Hocuspocus<SyncContext>({
    name: 'minga-hub',
    quiet: true,
    extensions: [...(options.extensions ?? []), extension],
    timeout: options.timeoutMs,
    // Without this, a document loaded for a client reaches it twice: the loaded state is queued
    // as an update for the next tick, by when the client has joined, and then again in sync step 2.
    flushDelay: false,
    debounce: 2_000,
    maxDebounce: 10_000,
    maxPendingDocuments: options.maxPendingDocuments,
    maxUnauthenticatedQueueMessages: options.maxUnauthenticatedQueueMessages,
    maxUnauthenticatedQueueSize: options.maxUnauthenticatedQueueSize,
  });

  async function sweepOnce(): Promise<number> {
    const now = options.now().getTime();
    const active = new Map<string, Promise<boolean>>();
    let closed = 0;
    for (const document of [...hocuspocus.documents.values()]) {
      for (const connection of [...document.getConnections()] as Connection<SyncContext>[]) {
        const context = connection.context;
        const key = `${context.id}/${context.deviceId}`;
        if (!active.has(key)) active.set(key, sessions.stillActive(context.id, context.deviceId).then((live) => live !== undefined));
        if (!(await active.get(key)) || context.tokenExpiresAt <= now) {
          // The whole socket: every document on it was opened with this token.
          connection.close({ code: closeCodes.unauthorized, reason: 'unauthorized' });
          connection.webSocket.close(closeCodes.unauthorized, 'unauthorized');
          closed += 1;
          continue;
        }
        const user = await accounts.byId(context.id);
        const access = user ? (await policy.forDocument({ id: user.id, role: user.role }, document.name)).access : 'none';
        if (access === 'none') {
          connection.close({ code: closeCodes.forbidden, reason: 'permission-denied' });
          closed += 1;
          continue;
        }
        if (access === 'read') connection.readOnly = true;
        context.role = user!.role;
        context.access = access;
        // Ask the provider for a fresh token before this one runs out.
        if (context.tokenExpiresAt - now <= 2 * options.sweepIntervalMs) connection.requestToken();
      }
    }
    return closed;
  }

  // One sweep at a time; a sweep asked for while one runs (an API revocation) runs right after it.
  let running: Promise<number> | undefined;
  let next: Promise<number> | undefined;
  function sweep(): Promise<number> {
    if (!running) {
      running = sweepOnce().finally(() => {
        running = undefined;
      });
      return running;
    }
    next ??= running.catch(() => 0).then(() => {
      next = undefined;
      return sweep();
    });
    return next;
  }

  return { hocuspocus, sweep };
}
