import * as Y from 'yjs';
import { Hocuspocus, type Connection, type Extension } from '@hocuspocus/server';
import type { AccessPolicy } from '../access';
import type { Sessions } from '../auth/sessions';
import type { Accounts } from '../store/accounts';
import type { DocumentLog } from '../store/documentLog';
import { claimDocument } from './documents';
import { Refusal, type SyncContext } from './context';

export interface SyncOptions {
  accounts: Accounts;
  documents: DocumentLog;
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
}

export interface SyncServer {
  hocuspocus: Hocuspocus<SyncContext>;
  /** Closes what is no longer allowed; returns how many document connections it closed. */
  sweep(): number;
}

const closeCodes = { unauthorized: 4401, forbidden: 4403 } as const;

/**
 * Hocuspocus configured for Minga: authentication and authorization per document, the update
 * log written before acknowledgement, compaction off the edit path, and the sweep.
 */
export function createSyncServer(options: SyncOptions): SyncServer {
  const { accounts, documents, policy, sessions } = options;

  const extension: Extension<SyncContext> = {
    extensionName: 'minga-hub',

    async onAuthenticate({ token, documentName, connectionConfig }) {
      const auth = sessions.authenticate(token);
      if (!auth) throw new Refusal('unauthorized');
      const user = { id: auth.user.id, role: auth.user.role };
      const { access } = policy.forDocument(user, documentName);
      if (access === 'none') throw new Refusal('permission-denied');
      connectionConfig.readOnly = access === 'read';
      return { ...user, deviceId: auth.device.id, tokenExpiresAt: auth.expiresAt, access } satisfies SyncContext;
    },

    /** A provider answering the sweep's request with a fresh access token. */
    async onTokenSync({ token, connection }) {
      const auth = sessions.authenticate(token);
      if (!auth || auth.user.id !== connection.context.id) throw new Refusal('unauthorized');
      connection.context.tokenExpiresAt = auth.expiresAt;
      connection.context.deviceId = auth.device.id;
    },

    async onLoadDocument({ documentName, document }) {
      const state = documents.load(documentName);
      if (state) Y.applyUpdate(document, state, { source: 'local', skipStoreHooks: true });
    },

    async afterLoadDocument({ documentName, document }) {
      // Synchronous on purpose: Yjs emits `update` inside the transaction that applied the
      // client's message, so the row is committed before Hocuspocus sends the acknowledgement.
      document.on('update', (update: Uint8Array) => {
        if (!documents.record(documentName)) return;
        try {
          documents.append(documentName, update);
        } catch (error) {
          // Memory is now ahead of disk. Dropping every connection unloads the document; the
          // clients still hold the update and send it again when they reconnect.
          options.log(`Could not store an update of ${documentName}: ${String(error)}`);
          setImmediate(() => hocuspocus.closeConnections(documentName));
          throw error;
        }
      });
    },

    async beforeSync({ connection, document, type, payload }) {
      if (type === 0 || connection.readOnly) return;
      if (connection.context.tokenExpiresAt <= options.now().getTime()) throw new Refusal('unauthorized');
      if (!documents.record(document.name)) claimDocument({ accounts, documents, policy }, document, payload, connection.context);
    },

    /** Debounced by Hocuspocus, and run at once when the last client leaves. */
    async onStoreDocument({ documentName, document }) {
      const record = documents.record(documentName);
      if (!record) return;
      const pending = record.lastSeq - record.snapshotSeq;
      const unloading = document.getConnectionsCount() === 0;
      if (pending >= options.compactAfter || (unloading && pending > 1)) {
        documents.compact(documentName, Y.encodeStateAsUpdate(document), record.lastSeq);
      }
    },
  };

  const hocuspocus = new Hocuspocus<SyncContext>({
    name: 'minga-hub',
    quiet: true,
    extensions: [extension],
    timeout: options.timeoutMs,
    debounce: 2_000,
    maxDebounce: 10_000,
    maxPendingDocuments: options.maxPendingDocuments,
    maxUnauthenticatedQueueMessages: options.maxUnauthenticatedQueueMessages,
    maxUnauthenticatedQueueSize: options.maxUnauthenticatedQueueSize,
  });

  function sweep(): number {
    const now = options.now().getTime();
    const active = new Map<string, boolean>();
    let closed = 0;
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections() as Connection<SyncContext>[]) {
        const context = connection.context;
        const key = `${context.id}/${context.deviceId}`;
        if (!active.has(key)) active.set(key, sessions.stillActive(context.id, context.deviceId) !== undefined);
        if (!active.get(key) || context.tokenExpiresAt <= now) {
          // The whole socket: every document on it was opened with this token.
          connection.close({ code: closeCodes.unauthorized, reason: 'unauthorized' });
          connection.webSocket.close(closeCodes.unauthorized, 'unauthorized');
          closed += 1;
          continue;
        }
        const user = accounts.byId(context.id);
        const access = user ? policy.forDocument({ id: user.id, role: user.role }, document.name).access : 'none';
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

  return { hocuspocus, sweep };
}
