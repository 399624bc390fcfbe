import * as Y from 'yjs';
import type { Connection, Document } from '@hocuspocus/server';
import type { AccessPolicy } from '../access';
import type { AccountStore, DocumentStore } from '../store/types';
import { claimDocument } from './documents';
import type { SyncContext } from './context';

/** y-protocols' sync message types, as Hocuspocus passes them to `beforeSync`. */
const syncStep2 = 1;

/**
 * Thrown when the store failed (PostgreSQL unreachable, a disk error). Like `Refusal`, not an
 * Error, and with a reason the client sees: a sign-in answered "store-unavailable" is worth
 * retrying, unlike "permission-denied". 4205 ("reset connection") is the close code.
 */
export class StoreFailure {
  readonly code = 4205;
  readonly reason = 'store-unavailable';
  constructor(readonly cause: unknown) {}
}

/**
 * Write-before-ack, for SQLite and PostgreSQL alike. Hocuspocus 4 handles a client's sync
 * message like this (MessageReceiver.readSyncMessage):
 *
 *   await beforeSync(connection, { type, payload })     ← `storeBeforeApplying` runs here
 *   readSyncStep2 / readUpdate(…)                        ← applies the update to the Y.Doc
 *   connection.send(syncStatus(true))                    ← the acknowledgement
 *
 * and a connection's messages are handled one at a time (Connection.processMessages awaits
 * each). So an update whose row is committed here — awaited, however slow the database — is
 * stored before it is applied, before it is broadcast to other clients or (through Redis) to
 * other hub instances, and before its sender hears "applied". If the commit fails, the update is
 * never applied: memory never runs ahead of the store, and the client still holds the update.
 *
 * The `update` event of the Y.Doc (used before, while the store was synchronous) cannot do this
 * with an asynchronous store: Yjs does not wait for its listeners. Updates that reach a document
 * from Redis or from the store are not stored again: they were stored by whoever received them.
 */
export function createPersistence(deps: {
  accounts: AccountStore;
  documents: DocumentStore;
  policy: AccessPolicy;
  /** Told after an update is committed; must return at once (the dashboard's projector only schedules). */
  onStored?: (name: string) => void;
}) {
  /** Documents known to have a record; a record is never removed, so this only grows. */
  const claimed = new Set<string>();

  async function isClaimed(name: string): Promise<boolean> {
    if (claimed.has(name)) return true;
    if (!(await deps.documents.record(name))) return false;
    claimed.add(name);
    return true;
  }

  return {
    /** Stores a client's update (sync step 2 or update) before Hocuspocus applies and acknowledges it. */
    async storeBeforeApplying(document: Document, type: number, update: Uint8Array, author: SyncContext): Promise<void> {
      if (carriesNothing(update)) return;
      // A client's sync step 2 (sent on every connect) repeats what the hub already has, at least
      // its delete set; an update (type 2) is a local change of the client and always new.
      if (type === syncStep2 && Y.snapshotContainsUpdate(Y.snapshot(document), update)) return;
      if (!(await isClaimed(document.name))) {
        if (!(await claimDocument(deps, document, update, author))) return;
        claimed.add(document.name);
      }
      await deps.documents.append(document.name, update);
      deps.onStored?.(document.name);
    },

    /** After a failed write: closes the whole socket, so the provider reconnects and sends the update again. */
    dropSocket(connection: Connection<SyncContext>): void {
      setImmediate(() => connection.webSocket.close(4205, 'store-unavailable'));
    },
  };
}

export type Persistence = ReturnType<typeof createPersistence>;

/** An update with no structs and no deletions is encoded as two zero varints. */
function carriesNothing(update: Uint8Array): boolean {
  return update.length <= 2;
}
