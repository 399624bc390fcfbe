import { mkdirSync } from 'node:fs';
import type { AppHandlers, ClientEvents, StoreState } from '../shared/contract';
import { ApiError } from '../shared/domain/errors';
import { newId } from '../shared/domain/ids';
import { DocumentStore } from './documents/documentStore';
import { Projector } from './documents/projections';
import { boardPrintHandlers } from './export/handlers';
import { dataPaths, type DataPaths } from './paths';
import { actorExchangeHandlers } from './services/actorExchange';
import { actorHandlers } from './services/actors';
import { archiveHandlers } from './services/archive';
import { resultHandlers } from './services/results';
import { assetHandlers } from './services/assets';
import { boardHandlers } from './services/boards';
import type { Session, StoreContext } from './services/context';
import { exerciseHandlers } from './services/exercises';
import { hubContentHandlers } from './services/hubContent';
import { interchangeHandlers } from './services/interchange';
import { reportHandlers } from './services/reports';
import { searchHandlers } from './services/search';
import { syncHandlers } from './services/sync';
import { systemHandlers } from './services/system';
import { trashHandlers } from './services/trash';
import { purgeExpiredBoards } from './documents/purge';
import { workshopHandlers } from './services/workshops';
import { BackupScheduler, createBackup, listBackups, pruneBackups, restoreBackupFile } from './store/backups';
import { openDatabase, type Db } from './store/database';
import { acquireDataLock, type DataLock } from './store/lock';
import { latestSchemaVersion } from './store/migrations';
import { BackgroundSync, type SyncTiming } from './sync/backgroundSync';
import { appVersion } from './version';

export interface EngineOptions {
  dataDir: string;
  /** Who holds the data-folder lock: 'desktop', 'serve', 'cli', 'test'. */
  owner: string;
  nativeBinding?: string;
  now?: () => Date;
  projectionDelayMs?: number;
  compactAfter?: number;
  /** Automatic backups every 15 minutes while something changed; 0 turns them off (tests). */
  backupIntervalMs?: number;
  /**
   * Background sync with the hub while the store is open (when signed in). Off for command-line
   * tools, which run their own round (`minga sync`) and must not race a background one.
   */
  backgroundSync?: false | SyncTiming;
  /** How often boards 30 days in the trash are purged (also once at start); default hourly. */
  trashSweepIntervalMs?: number;
  log?: (message: string, error?: unknown) => void;
  /** The built renderer (browser mode): lets the app export boards to PDF, PNG and SVG through Chromium. */
  rendererDir?: string;
}

/**
 * The local engine: owns the data folder (lock, database, documents, projections, backups)
 * and serves the API contract to any number of sessions. A store that cannot be opened does
 * not crash it: the engine reports why and still serves status and backups, so the user can
 * be offered the newest good backup.
 */
export class Engine {
  readonly paths: DataPaths;
  readonly handlers: AppHandlers<Session>;
  private readonly sessions = new Set<Session>();
  private context: StoreContext | undefined;
  private scheduler: BackupScheduler | undefined;
  private sync: BackgroundSync | undefined;
  private trashSweep: NodeJS.Timeout | undefined;
  private lock: DataLock | undefined;
  private storeState: { state: StoreState; detail: string } = { state: 'unavailable', detail: 'not opened' };
  private readonly now: () => Date;
  private readonly log: (message: string, error?: unknown) => void;

  constructor(private readonly options: EngineOptions) {
    this.paths = dataPaths(options.dataDir);
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? ((message, error) => console.error(message, error ?? ''));
    const store = () => this.requireStore();
    this.handlers = {
      ...exerciseHandlers(store),
      ...workshopHandlers(store),
      ...actorHandlers(store),
      ...actorExchangeHandlers(store),
      ...resultHandlers(store),
      ...boardHandlers(store),
      ...trashHandlers(store),
      ...assetHandlers(store),
      ...archiveHandlers(store),
      ...searchHandlers(store),
      ...hubContentHandlers(store),
      ...interchangeHandlers(store),
      ...reportHandlers(store),
      ...boardPrintHandlers(this, options.rendererDir),
      ...syncHandlers(() => {
        this.requireStore();
        if (!this.sync) throw new ApiError('store_unavailable', 'Background sync is turned off in this process.');
        return this.sync;
      }),
      ...systemHandlers({
        state: () => this.storeState,
        store: () => this.context,
        dataDir: this.paths.dataDir,
        appVersion,
        schemaVersion: () => (this.context ? Number(this.context.db.pragma('user_version', { simple: true })) : latestSchemaVersion),
        listBackups: () => listBackups(this.paths.backups),
        createBackup: () => this.backUpNow(),
        restore: (id) => this.restore(id),
      }),
    };
  }

  /** Takes the folder lock (throws DataFolderLockedError) and opens the store. */
  start(): this {
    mkdirSync(this.paths.dataDir, { recursive: true });
    this.lock = acquireDataLock(this.paths.dataDir, this.options.owner);
    this.openStore();
    return this;
  }

  get state(): { state: StoreState; detail: string } {
    return this.storeState;
  }

  /** The open store, for maintenance commands (`minga doctor`); undefined when it failed to open. */
  get store(): StoreContext | undefined {
    return this.context;
  }

  connect(events: Partial<ClientEvents>): Session {
    const session: Session = {
      id: newId(),
      events: {
        boardUpdated: (payload) => events.boardUpdated?.(payload),
        storeChanged: (payload) => events.storeChanged?.(payload),
        syncStatusChanged: (payload) => events.syncStatusChanged?.(payload),
      },
      openBoards: new Set(),
    };
    this.sessions.add(session);
    return session;
  }

  disconnect(session: Session): void {
    if (!this.sessions.delete(session)) return;
    for (const id of session.openBoards) {
      try {
        this.context?.documents.release(id);
      } catch (error) {
        this.log('Minga core: closing a board failed', error);
      }
    }
    session.openBoards.clear();
  }

  /** Flushes projections, compacts, closes the database and releases the folder. */
  close(): void {
    this.closeStore();
    this.lock?.release();
    this.lock = undefined;
  }

  private requireStore(): StoreContext {
    if (this.context) return this.context;
    const code = this.storeState.state === 'ready' ? 'store_unavailable' : storeErrorCode(this.storeState.state);
    throw new ApiError(code, `The store is not available: ${this.storeState.detail}`);
  }

  private openStore(): void {
    let db: Db;
    try {
      db = openDatabase(this.paths.database, {
        ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
        now: this.now,
      });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : '';
      const state: StoreState = code === 'store_corrupt' ? 'corrupt' : code === 'store_too_new' ? 'too_new' : 'unavailable';
      this.storeState = { state, detail: error instanceof Error ? error.message : String(error) };
      this.log(`Minga core: the store could not be opened (${state})`, error instanceof ApiError ? '' : error);
      return;
    }
    const documents = new DocumentStore(db, { now: this.now, ...(this.options.compactAfter ? { compactAfter: this.options.compactAfter } : {}) });
    const projector = new Projector(db, documents, this.options.projectionDelayMs ?? 300);
    const context: StoreContext = {
      db,
      documents,
      projector,
      now: () => this.now().toISOString(),
      transact: (touched, work) => {
        try {
          return db.transaction(work)();
        } catch (error) {
          for (const id of touched) documents.evict(id);
          throw error;
        }
      },
      notifyChanged: (except) => {
        for (const session of this.sessions) if (session !== except) session.events.storeChanged({ reason: 'edit' });
      },
    };
    documents.onUpdate((id, kind, update, origin) => {
      this.scheduler?.markChanged();
      this.sync?.noteUpdate(id, origin);
      if (kind !== 'board') return;
      for (const session of this.sessions) {
        if (session !== origin && session.openBoards.has(id)) session.events.boardUpdated({ id, update });
      }
    });
    projector.catchUp();
    this.context = context;
    this.storeState = { state: 'ready', detail: '' };
    this.sweepTrash();
    this.trashSweep = setInterval(() => this.sweepTrash(), this.options.trashSweepIntervalMs ?? 60 * 60_000);
    this.trashSweep.unref();
    const syncTiming = this.options.backgroundSync ?? (this.options.owner === 'cli' ? false : {});
    if (syncTiming !== false) {
      this.sync = new BackgroundSync(context, (status) => {
        for (const session of this.sessions) session.events.syncStatusChanged(status);
      }, syncTiming, this.log);
    }
    const intervalMs = this.options.backupIntervalMs ?? 15 * 60_000;
    if (intervalMs > 0) {
      this.scheduler = new BackupScheduler({
        getDb: () => db,
        backupsDir: this.paths.backups,
        intervalMs,
        now: this.now,
        onError: (error) => this.log('Minga core: automatic backup failed', error),
        ...this.binding,
      });
      this.scheduler.start();
    }
  }

  /** The better-sqlite3 build for this runtime, for every place that opens a database file. */
  private get binding(): { nativeBinding?: string } {
    return this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {};
  }

  /** Stops automatic backups; at shutdown a backup still running is abandoned and its copy deleted. */
  private closeStore(): void {
    clearInterval(this.trashSweep);
    this.trashSweep = undefined;
    void this.scheduler?.stop();
    this.scheduler = undefined;
    // A round in progress is told to end; it can no longer touch the store once it is closed.
    void this.sync?.close();
    this.sync = undefined;
    const context = this.context;
    this.context = undefined;
    if (!context) return;
    try {
      context.projector.flush();
      context.documents.close();
      context.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      context.db.close();
    }
  }

  /** Purges the boards whose 30 days in the trash ran out; a failure waits for the next sweep. */
  private sweepTrash(): void {
    const context = this.context;
    if (!context) return;
    try {
      context.projector.flush();
      const purged = purgeExpiredBoards(context.db, context.documents, this.now());
      if (purged.length > 0) context.notifyChanged();
    } catch (error) {
      this.log('Minga core: purging the trash failed', error);
    }
  }

  /** A backup the user asked for; automatic ones are the scheduler's. */
  private async backUpNow() {
    const context = this.requireStore();
    context.projector.flush();
    // Through the scheduler when it runs, so a manual backup waits for an automatic one.
    if (this.scheduler) return this.scheduler.backUpNow('manual');
    const backup = await createBackup(context.db, this.paths.backups, 'manual', this.now(), this.binding);
    pruneBackups(this.paths.backups, this.now());
    return backup;
  }

  /** Restores a backup; the replaced database becomes a 'pre-restore' backup (the undo). */
  private async restore(id: string) {
    for (const session of this.sessions) {
      for (const boardId of session.openBoards) this.context?.documents.release(boardId);
      session.openBoards.clear();
    }
    await this.scheduler?.stop();
    this.closeStore();
    let result;
    try {
      result = restoreBackupFile({ dbPath: this.paths.database, backupsDir: this.paths.backups, backupId: id, now: this.now(), ...this.binding });
    } finally {
      this.openStore();
    }
    for (const session of this.sessions) session.events.storeChanged({ reason: 'restore' });
    return result;
  }
}

function storeErrorCode(state: StoreState) {
  if (state === 'corrupt') return 'store_corrupt' as const;
  if (state === 'too_new') return 'store_too_new' as const;
  if (state === 'locked') return 'store_locked' as const;
  return 'store_unavailable' as const;
}
