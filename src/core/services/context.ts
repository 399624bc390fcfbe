import type { ClientEvents } from '../../shared/contract';
import type { DocumentStore } from '../documents/documentStore';
import type { Projector } from '../documents/projections';
import type { Db } from '../store/database';

/** A connected client (a window, a browser tab, a test): what it has open and how to reach it. */
export interface Session {
  readonly id: string;
  readonly events: ClientEvents;
  readonly openBoards: Set<string>;
}

/** The open store, handed to each service; replaced as a whole when a backup is restored. */
export interface StoreContext {
  readonly db: Db;
  readonly documents: DocumentStore;
  readonly projector: Projector;
  now(): string;
  /** Runs `work` in one SQLite transaction; on failure, documents it touched are reloaded from disk. */
  transact<T>(touched: string[], work: () => T): T;
  /** Tells every other session that lists may have changed. */
  notifyChanged(except?: Session): void;
}
