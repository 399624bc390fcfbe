import type { DocumentKind } from '../../shared/documents/schema';
import type { ProjectionStore } from '../projections/rows';
import type { Role } from '../roles';

/**
 * What the hub keeps, as one asynchronous interface with two implementations: SQLite in the data
 * folder (`sqlite/`, the default, synchronous underneath) and PostgreSQL (`postgres/`, for
 * several hub instances). Every method returns a Promise; a write has been committed when its
 * Promise resolves, which is what write-before-ack in src/server/sync relies on.
 */

export interface UserRecord {
  id: string;
  email: string;
  role: Role;
  passwordHash: string;
  disabledAt: string | null;
  createdAt: string;
}

export interface DeviceRecord {
  id: string;
  userId: string;
  name: string;
  refreshHash: string;
  previousRefreshHash: string | null;
  refreshExpiresAt: string;
  createdAt: string;
  lastUsedAt: string;
  revokedAt: string | null;
}

export interface DocumentRecord {
  name: string;
  kind: DocumentKind;
  /** The exercise it belongs to; null for a hub-owned document (directory, template). */
  exerciseId: string | null;
  lastSeq: number;
  snapshotSeq: number;
}

export class DuplicateEmailError extends Error {}

/** Users, and which exercises they were assigned or created. Emails compare case-insensitively. */
export interface AccountStore {
  addUser(input: { email: string; role: Role; passwordHash: string }): Promise<UserRecord>;
  byEmail(email: string): Promise<UserRecord | undefined>;
  byId(id: string): Promise<UserRecord | undefined>;
  list(): Promise<UserRecord[]>;
  /** Returns false when the user was already disabled. */
  disable(id: string): Promise<boolean>;
  exercise(id: string): Promise<{ id: string; createdBy: string | null } | undefined>;
  /** Records an exercise the hub had not seen; an existing one keeps its creator. */
  ensureExercise(id: string, createdBy: string | null): Promise<void>;
  assign(exerciseId: string, userId: string): Promise<boolean>;
  /** Returns false when the user was not assigned. A creator keeps access to what they created. */
  unassign(exerciseId: string, userId: string): Promise<boolean>;
  isAssigned(exerciseId: string, userId: string): Promise<boolean>;
  assignedExercises(userId: string): Promise<string[]>;
}

/** Signed-in devices. A device holds one refresh token at a time; only its hash is stored. */
export interface DeviceStore {
  create(input: { id?: string; userId: string; name: string; refreshHash: string; refreshExpiresAt: Date }): Promise<DeviceRecord>;
  byId(id: string): Promise<DeviceRecord | undefined>;
  list(userId?: string): Promise<DeviceRecord[]>;
  /**
   * Replaces the refresh token, but only if the one presented is still the current one: two
   * refreshes racing with the same token cannot both succeed.
   */
  rotate(id: string, presentedHash: string, nextHash: string, expiresAt: Date): Promise<boolean>;
  revoke(id: string): Promise<boolean>;
}

/**
 * The hub's documents: a snapshot plus an append-only log of Yjs updates per document, the same
 * shape as the desktop store. Several hub instances may append to one document at once.
 */
export interface DocumentStore {
  record(name: string): Promise<DocumentRecord | undefined>;
  /** Every document with a record, by name (what a desktop offers to fetch in a sync round). */
  records(): Promise<DocumentRecord[]>;
  /**
   * Records which exercise a new document belongs to (null for a hub-owned one), unless it
   * already has a record (another hub instance may have claimed it first); returns the record
   * that holds.
   */
  claim(input: { name: string; kind: DocumentKind; exerciseId: string | null; createdBy: string }): Promise<DocumentRecord>;
  /** The stored state as one update, or null for a document the hub has never stored. */
  load(name: string): Promise<Uint8Array | null>;
  /** Commits one update to the log; undefined (nothing written) when the document has no record. */
  append(name: string, update: Uint8Array): Promise<number | undefined>;
  /**
   * Folds the log into the snapshot, from what is stored (never from a document in memory, which
   * may lag behind the log). Returns false when there was nothing to fold or a concurrent
   * compaction won.
   */
  compact(name: string): Promise<boolean>;
}

export type HubStoreKind = 'sqlite' | 'postgres';

export interface HubStore {
  readonly kind: HubStoreKind;
  /** Where the data lives, for messages (a PostgreSQL URL without its password). */
  readonly description: string;
  readonly accounts: AccountStore;
  readonly devices: DeviceStore;
  readonly documents: DocumentStore;
  /** What the dashboard reads, decoded from the documents (src/server/projections). */
  readonly projections: ProjectionStore;
  /** The key that signs access tokens; every hub instance on one store shares it. */
  signingSecret(): Promise<Buffer>;
  close(): Promise<void>;
}
