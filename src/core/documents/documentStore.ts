import * as Y from 'yjs';
import { ApiError } from '../../shared/domain/errors';
import { migrateDocument, type DocumentKind } from '../../shared/documents/schema';
import type { Db } from '../store/database';

interface CachedDocument {
  doc: Y.Doc;
  kind: DocumentKind;
  lastSeq: number;
  updatesSinceSnapshot: number;
  /** When this process last stored an update for it. */
  changedAt?: string;
}

export interface DocumentStoreOptions {
  now?: () => Date;
  /** Fold the log into a snapshot after this many updates. */
  compactAfter?: number;
  /** Closed documents kept in memory. */
  cacheSize?: number;
}

export type UpdateListener = (docId: string, kind: DocumentKind, update: Uint8Array, origin: unknown) => void;

/**
 * Yjs documents persisted as a snapshot plus an append-only update log. An update is written
 * in its own transaction before it is acknowledged, so an acknowledged edit is on disk;
 * compaction later folds the log into a new snapshot.
 */
export class DocumentStore {
  private readonly cache = new Map<string, CachedDocument>();
  /** Documents clients have open, with how many; never evicted while open. */
  private readonly pins = new Map<string, number>();
  private readonly listeners = new Set<UpdateListener>();
  private readonly compactionTimers = new Map<string, NodeJS.Timeout>();
  private readonly now: () => Date;
  private readonly compactAfter: number;
  private readonly cacheSize: number;
  private readonly statements;

  constructor(private readonly db: Db, options: DocumentStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.compactAfter = options.compactAfter ?? 200;
    this.cacheSize = options.cacheSize ?? 64;
    this.statements = {
      insertDocument: db.prepare('INSERT INTO documents (id, kind, created_at) VALUES (?, ?, ?)'),
      readDocument: db.prepare<[string], { kind: DocumentKind; snapshot: Buffer | null; snapshot_seq: number }>(
        'SELECT kind, snapshot, snapshot_seq FROM documents WHERE id = ?',
      ),
      readUpdates: db.prepare<[string, number], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM document_updates WHERE doc_id = ? AND seq > ? ORDER BY seq',
      ),
      insertUpdate: db.prepare('INSERT INTO document_updates (doc_id, seq, data) VALUES (?, ?, ?)'),
      writeSnapshot: db.prepare('UPDATE documents SET snapshot = ?, snapshot_seq = ? WHERE id = ?'),
      deleteUpdatesUpTo: db.prepare('DELETE FROM document_updates WHERE doc_id = ? AND seq <= ?'),
      exists: db.prepare<[string], { kind: DocumentKind }>('SELECT kind FROM documents WHERE id = ?'),
      lastSeq: db.prepare<[string, string], { kind: DocumentKind; seq: number }>(
        `SELECT kind, max(snapshot_seq, coalesce((SELECT seq FROM document_updates WHERE doc_id = ? ORDER BY seq DESC LIMIT 1), 0)) AS seq
         FROM documents WHERE id = ?`,
      ),
      deleteUpdates: db.prepare('DELETE FROM document_updates WHERE doc_id = ?'),
      deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
    };
  }

  onUpdate(listener: UpdateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  kindOf(id: string): DocumentKind | undefined {
    return this.cache.get(id)?.kind ?? this.statements.exists.get(id)?.kind;
  }

  /** Creates a document whose first update is whatever `init` writes; listeners hear `origin`. */
  create(id: string, kind: DocumentKind, init: (doc: Y.Doc) => void, origin: unknown = 'create'): Y.Doc {
    const doc = new Y.Doc();
    init(doc);
    const update = Y.encodeStateAsUpdate(doc);
    this.db.transaction(() => {
      this.statements.insertDocument.run(id, kind, this.now().toISOString());
      this.statements.insertUpdate.run(id, 1, update);
    })();
    this.remember(id, { doc, kind, lastSeq: 1, updatesSinceSnapshot: 1 });
    this.emit(id, kind, update, origin);
    return doc;
  }

  /**
   * Stores a document this store has never had, as another copy holds it (the hub's, in a sync
   * round): `state` becomes its first update as is, without decoding it again, and it is not
   * kept in memory. Only for a state the caller has already decoded into a Y.Doc of `kind` (a
   * sync channel's copy), so it is known to be well-formed.
   */
  adopt(id: string, kind: DocumentKind, state: Uint8Array, origin: unknown): void {
    this.db.transaction(() => {
      this.statements.insertDocument.run(id, kind, this.now().toISOString());
      this.statements.insertUpdate.run(id, 1, state);
    })();
    this.emit(id, kind, state, origin);
  }

  /**
   * Stores an update another copy sent in answer to this store's own state (the hub's reply to
   * the state vector of what is stored here, as a sync channel seeded with `openState` hears it):
   * it is new here, so it goes to the log without decoding the stored document. A document in
   * memory (open in a window) takes it through `merge`, so the window hears it.
   */
  absorb(id: string, kind: DocumentKind, update: Uint8Array, origin: unknown): boolean {
    if (this.cache.has(id)) return this.merge(id, kind, update, origin);
    const row = this.statements.lastSeq.get(id, id);
    if (!row) throw new ApiError('not_found', `No document ${id}.`);
    if (row.kind !== kind) throw new ApiError('invalid_input', `Document ${id} is a ${row.kind} here, not a ${kind}.`);
    this.statements.insertUpdate.run(id, row.seq + 1, update);
    this.emit(id, kind, update, origin);
    return true;
  }

  /** The document, from memory or rebuilt from its snapshot and log. */
  get(id: string): { doc: Y.Doc; kind: DocumentKind } {
    const cached = this.load(id);
    return { doc: cached.doc, kind: cached.kind };
  }

  has(id: string): boolean {
    return this.cache.has(id) || this.statements.exists.get(id) !== undefined;
  }

  /**
   * Applies a local change made by `change` to the document and persists the update it
   * produced. Returns the update, or null when nothing changed.
   */
  change(id: string, change: (doc: Y.Doc) => void, origin: unknown = 'core'): Uint8Array | null {
    const cached = this.load(id);
    const parts: Uint8Array[] = [];
    const collect = (update: Uint8Array) => parts.push(update);
    cached.doc.on('update', collect);
    try {
      cached.doc.transact(() => change(cached.doc), origin);
    } finally {
      cached.doc.off('update', collect);
    }
    if (parts.length === 0) return null;
    const update = parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
    this.persist(id, cached, update, origin);
    return update;
  }

  /**
   * Stores an update that arrived from a client. It is applied in memory first, because that
   * is also the check that it is a well-formed Yjs update (a malformed one throws and is never
   * stored); then it is written, and only then broadcast and acknowledged. If writing fails the
   * in-memory copy is dropped, so memory is never ahead of disk once this returns.
   */
  applyUpdate(id: string, update: Uint8Array, origin: unknown): void {
    const cached = this.load(id);
    try {
      Y.applyUpdate(cached.doc, update, origin);
    } catch {
      this.evict(id);
      throw new ApiError('invalid_input', 'The board update is not a valid Yjs update.');
    }
    this.persist(id, cached, update, origin);
  }

  /**
   * Merges an update from another copy of the document (the hub), creating the document when
   * this store does not have it. Only what it changed is stored (an update this copy already
   * has writes nothing), through the same log, listeners and projections as any edit. Returns
   * whether anything changed.
   */
  merge(id: string, kind: DocumentKind, update: Uint8Array, origin: unknown): boolean {
    if (!this.has(id)) {
      this.create(id, kind, (doc) => Y.applyUpdate(doc, update, origin), origin);
      return true;
    }
    const cached = this.load(id);
    if (cached.kind !== kind) throw new ApiError('invalid_input', `Document ${id} is a ${cached.kind} here, not a ${kind}.`);
    const parts: Uint8Array[] = [];
    const collect = (part: Uint8Array) => parts.push(part);
    cached.doc.on('update', collect);
    try {
      Y.applyUpdate(cached.doc, update, origin);
    } catch {
      this.evict(id);
      throw new ApiError('invalid_input', 'The update is not a valid Yjs update.');
    } finally {
      cached.doc.off('update', collect);
    }
    if (parts.length === 0) return false;
    this.persist(id, cached, parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts), origin);
    return true;
  }

  private persist(id: string, cached: CachedDocument, update: Uint8Array, origin: unknown): void {
    const seq = cached.lastSeq + 1;
    try {
      this.statements.insertUpdate.run(id, seq, update);
    } catch (error) {
      // Memory is now ahead of disk: forget it so the next read comes from the store.
      this.evict(id);
      throw error;
    }
    cached.lastSeq = seq;
    cached.updatesSinceSnapshot += 1;
    cached.changedAt = this.now().toISOString();
    this.emit(id, cached.kind, update, origin);
    if (cached.updatesSinceSnapshot >= this.compactAfter) this.scheduleCompaction(id);
  }

  /** The current state as one update, for a client opening the document. */
  encodeState(id: string): Uint8Array {
    return Y.encodeStateAsUpdate(this.load(id).doc);
  }

  lastChangedAt(id: string): string | undefined {
    return this.cache.get(id)?.changedAt;
  }

  /**
   * The state for a client opening a document, built as little as possible: a 2,000-note board
   * takes tens of milliseconds to encode and more to decode. When nothing was written since the
   * stored snapshot, the snapshot is the state and is sent as stored. Otherwise, for a document
   * not in memory, the snapshot and its log are merged without decoding, and the merge is kept
   * as the new snapshot so the next opening sends it as stored.
   */
  openState(id: string): Uint8Array {
    const cached = this.cache.get(id);
    if (cached && cached.updatesSinceSnapshot > 0) return this.encodeState(id);
    const row = this.statements.readDocument.get(id);
    if (!row) throw new ApiError('not_found', `No document ${id}.`);
    const updates = cached ? [] : this.statements.readUpdates.all(id, row.snapshot_seq);
    const parts: Uint8Array[] = row.snapshot ? [row.snapshot] : [];
    for (const update of updates) parts.push(update.data);
    if (parts.length === 0) return Y.encodeStateAsUpdate(new Y.Doc());
    if (parts.length === 1) return parts[0]!;
    const merged = Y.mergeUpdates(parts);
    const upTo = updates.at(-1)!.seq;
    this.db.transaction(() => {
      this.statements.writeSnapshot.run(merged, upTo, id);
      this.statements.deleteUpdatesUpTo.run(id, upTo);
    })();
    return merged;
  }

  /**
   * Loads a document a little later, so the first edit after opening is quick. Not at once:
   * decoding a large board takes a few hundred milliseconds, and the window that is opening it
   * still has files and calls to be answered first.
   */
  warm(id: string, delayMs = 1_500): void {
    if (this.cache.has(id)) return;
    setTimeout(() => {
      try {
        if (this.pins.has(id)) this.load(id);
      } catch {
        // A document that fails to load reports it on its first real use.
      }
    }, delayMs).unref();
  }

  /** A client has the document open: it stays in memory once loaded. */
  retain(id: string): void {
    this.pins.set(id, (this.pins.get(id) ?? 0) + 1);
  }

  release(id: string): void {
    const count = this.pins.get(id) ?? 0;
    if (count <= 1) this.pins.delete(id);
    else this.pins.set(id, count - 1);
    this.trimCache();
  }

  /**
   * Folds the log into a snapshot. With `force` it runs even for a short log: used after
   * erasing personal data, so the erased values leave the history too.
   */
  compact(id: string, force = false): boolean {
    const cached = this.load(id);
    if (!force && cached.updatesSinceSnapshot < 2) return false;
    const snapshot = Y.encodeStateAsUpdate(cached.doc);
    const upTo = cached.lastSeq;
    this.db.transaction(() => {
      this.statements.writeSnapshot.run(snapshot, upTo, id);
      this.statements.deleteUpdatesUpTo.run(id, upTo);
    })();
    cached.updatesSinceSnapshot = 0;
    return true;
  }

  /** Compacts every document whose log has grown; used at shutdown and by `minga doctor`. */
  compactAll(): number {
    let count = 0;
    for (const id of [...this.cache.keys()]) if (this.compact(id)) count += 1;
    return count;
  }

  close(): void {
    for (const timer of this.compactionTimers.values()) clearTimeout(timer);
    this.compactionTimers.clear();
    try {
      this.compactAll();
    } finally {
      for (const cached of this.cache.values()) cached.doc.destroy();
      this.cache.clear();
    }
  }

  /**
   * Removes a document from this folder for good: its snapshot, its update log and its copy in
   * memory. Runs in the caller's transaction; the caller drops its projections and records the
   * tombstone beside it (documents/purge.ts).
   */
  purge(id: string): void {
    clearTimeout(this.compactionTimers.get(id));
    this.compactionTimers.delete(id);
    this.statements.deleteUpdates.run(id);
    this.statements.deleteDocument.run(id);
    this.evict(id);
  }

  evict(id: string): void {
    const cached = this.cache.get(id);
    if (!cached) return;
    cached.doc.destroy();
    this.cache.delete(id);
  }

  private scheduleCompaction(id: string): void {
    if (this.compactionTimers.has(id)) return;
    const timer = setTimeout(() => {
      this.compactionTimers.delete(id);
      if (this.cache.has(id)) this.compact(id);
    }, 0);
    timer.unref();
    this.compactionTimers.set(id, timer);
  }

  private emit(id: string, kind: DocumentKind, update: Uint8Array, origin: unknown): void {
    for (const listener of this.listeners) listener(id, kind, update, origin);
  }

  private load(id: string): CachedDocument {
    const cached = this.cache.get(id);
    if (cached) {
      // Refresh its place in the LRU order.
      this.cache.delete(id);
      this.cache.set(id, cached);
      return cached;
    }
    const row = this.statements.readDocument.get(id);
    if (!row) throw new ApiError('not_found', `No document ${id}.`);
    const doc = new Y.Doc();
    const updates = this.statements.readUpdates.all(id, row.snapshot_seq);
    const parts: Uint8Array[] = [];
    if (row.snapshot) parts.push(row.snapshot);
    for (const update of updates) parts.push(update.data);
    if (parts.length > 0) Y.applyUpdate(doc, parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts), 'load');
    const entry: CachedDocument = {
      doc,
      kind: row.kind,
      lastSeq: updates.at(-1)?.seq ?? row.snapshot_seq,
      updatesSinceSnapshot: updates.length,
    };
    this.remember(id, entry);
    // An older document is brought forward and the migration persisted like any edit.
    const migration: Uint8Array[] = [];
    const collect = (update: Uint8Array) => migration.push(update);
    doc.on('update', collect);
    try {
      migrateDocument(doc);
    } finally {
      doc.off('update', collect);
    }
    if (migration.length > 0) this.persist(id, entry, Y.mergeUpdates(migration), 'migration');
    return entry;
  }

  private remember(id: string, entry: CachedDocument): void {
    this.cache.set(id, entry);
    this.trimCache();
  }

  private trimCache(): void {
    if (this.cache.size <= this.cacheSize) return;
    for (const [id, cached] of this.cache) {
      if (this.cache.size <= this.cacheSize) break;
      if (this.pins.has(id) || this.compactionTimers.has(id)) continue;
      if (cached.updatesSinceSnapshot >= this.compactAfter / 4) this.compact(id);
      this.evict(id);
    }
  }
}
