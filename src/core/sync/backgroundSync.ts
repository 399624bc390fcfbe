import type { SyncErrorCode, SyncStatus } from '../../shared/contract/sync';
import { SyncErrorCode as SyncErrorCodes } from '../../shared/contract/sync';
import { ApiError } from '../../shared/domain/errors';
import type { StoreContext } from '../services/context';
import { SyncFailure } from './errors';
import { readHubLink } from './hubLink';
import { login, type LoginInput } from './login';
import { acknowledgedRound } from './acknowledgedRound';
import { countPending, forgetAcknowledged } from './pending';
import { SyncScheduler, realTimers, type SchedulerOptions, type SchedulerTimers } from './scheduler';
import { hubOrigin, type SyncOptions, type SyncReport } from './syncRound';
import { forgetSeen } from './seen';
import { forget, type SyncSession } from './session';

/** Timing of the background sync; tests shorten it or pass fake timers. */
export type SyncTiming = Omit<SchedulerOptions, 'runRound' | 'onChange'> & Pick<SyncOptions, 'timeoutMs' | 'fetch'> & {
  /** Edits are coalesced into one status event per this many ms. */
  statusDelayMs?: number;
};

/**
 * The sync that runs inside the app while the store is open: a scheduler deciding when, one
 * round at a time against this store, and the status every window shows. Edits reach it only
 * through the store's update listener, after they were committed; nothing here can delay one.
 */
export class BackgroundSync {
  private readonly scheduler: SyncScheduler;
  private readonly timers: SchedulerTimers;
  private readonly abort = new AbortController();
  /** Documents edited here while the current round runs (they may not all have been sent). */
  private editedDuringRound: Set<string> | undefined;
  private statusTimer: unknown;
  private closed = false;
  /** The access token kept between rounds: a round with nothing to do is one request. */
  private readonly session: SyncSession = {};
  /** What the deletion guard held in the last round, until a round takes it or a person confirms. */
  private held: { boards: number; live: number } | null = null;
  private allowDeletions = false;
  /** What the hub refused in the last round that finished. */
  private refused = { readOnly: 0, noAccess: 0 };

  constructor(
    private readonly store: StoreContext,
    private readonly emit: (status: SyncStatus) => void,
    private readonly timing: SyncTiming = {},
    private readonly log: (message: string, error?: unknown) => void = () => undefined,
  ) {
    this.timers = timing.timers ?? realTimers;
    this.scheduler = new SyncScheduler({ ...timing, runRound: () => this.round(), onChange: () => this.emitNow() });
    if (readHubLink(store.db)) this.scheduler.start();
  }

  status(): SyncStatus {
    const link = readHubLink(this.store.db);
    const lastError = this.scheduler.lastError === null ? null : (SyncErrorCodes.safeParse(this.scheduler.lastError).data ?? 'internal');
    return {
      linked: link ? { hubUrl: link.hubUrl, email: link.email, role: link.role } : null,
      state: !link ? 'not-linked' : this.scheduler.running ? 'syncing' : stateAfter(lastError, link.lastSyncAt),
      pendingChanges: countPending(this.store.db),
      lastSyncAt: link?.lastSyncAt ?? null,
      lastError: link ? lastError : null,
      heldDeletions: link ? this.held : null,
      refusedChanges: link ? this.refused : { readOnly: 0, noAccess: 0 },
    };
  }

  /** The store's update listener: a local edit moves the scheduler's timer; the hub's own changes do not. */
  noteUpdate(id: string, origin: unknown): void {
    if (origin === hubOrigin || this.closed) return;
    this.editedDuringRound?.add(id);
    this.scheduler.noteEdit();
    // The pending count changed; one event for a burst of edits (a board sends many).
    if (this.statusTimer === undefined) {
      this.statusTimer = this.timers.setTimeout(() => {
        this.statusTimer = undefined;
        this.emitNow();
      }, this.timing.statusDelayMs ?? 500);
    }
  }

  async link(input: LoginInput): Promise<SyncStatus> {
    await this.scheduler.stop();
    try {
      await login(this.store, input, this.timing.fetch ? { fetch: this.timing.fetch } : {});
    } catch (error) {
      if (!this.closed && readHubLink(this.store.db)) this.scheduler.start();
      throw asApiError(error);
    }
    this.scheduler.start();
    void this.scheduler.runNow();
    return this.status();
  }

  async unlink(): Promise<SyncStatus> {
    await this.scheduler.stop();
    this.store.db.prepare('DELETE FROM hub_link').run();
    forgetAcknowledged(this.store.db);
    forgetSeen(this.store.db);
    forget(this.session);
    this.held = null;
    this.refused = { readOnly: 0, noAccess: 0 };
    this.scheduler.lastError = null;
    this.emitNow();
    return this.status();
  }

  async syncNow(): Promise<SyncStatus> {
    if (!readHubLink(this.store.db)) throw new ApiError('invalid_input', 'This data folder is not signed in to a hub.');
    // A person asking to sync also retries what was waiting for them (e.g. after fixing the hub).
    if (this.scheduler.waitingForPerson || this.scheduler.failures > 0) this.scheduler.start();
    await this.scheduler.runNow();
    return this.status();
  }

  /** A person confirmed the held deletions: the next round (run now) lets them through. */
  async confirmHeldDeletions(): Promise<SyncStatus> {
    if (!this.held) return this.status();
    this.allowDeletions = true;
    return this.syncNow();
  }

  /** Stops the scheduler and ends a round in progress early; the store closes right after. */
  close(): Promise<void> {
    this.closed = true;
    this.abort.abort();
    if (this.statusTimer !== undefined) this.timers.clearTimeout(this.statusTimer);
    return this.scheduler.stop();
  }

  private async round(): Promise<void> {
    const store = this.store;
    const edited = new Set<string>();
    this.editedDuringRound = edited;
    try {
      const report = await acknowledgedRound(
        store,
        {
          signal: this.abort.signal,
          session: this.session,
          allowDeletions: this.allowDeletions,
          ...(this.timing.timeoutMs ? { timeoutMs: this.timing.timeoutMs } : {}),
          ...(this.timing.fetch ? { fetch: this.timing.fetch } : {}),
        },
        () => edited,
      );
      this.allowDeletions = false;
      this.held = report.held ? { boards: report.held.boards.length, live: report.held.live } : null;
      this.refused = countRefusals(report.refused);
      if (this.closed) return;
      // What came from the hub changes lists in every window, once they are projected (in
      // slices, so a large first sync does not hold the core; see Projector).
      if (report.received.length > 0) {
        const closing = new Promise<void>((resolve) => this.abort.signal.addEventListener('abort', () => resolve(), { once: true }));
        await Promise.race([store.projector.drained(), closing]);
        if (!this.closed) store.notifyChanged();
      }
    } catch (error) {
      if (!(error instanceof SyncFailure)) this.log('Minga core: a background sync round failed', error);
      throw error;
    } finally {
      this.editedDuringRound = undefined;
    }
  }

  private emitNow(): void {
    if (this.closed) return;
    try {
      this.emit(this.status());
    } catch (error) {
      this.log('Minga core: reporting the sync status failed', error);
    }
  }
}

/** The round's refusals as the status counts them: read-only for this account, or out of reach. */
export function countRefusals(refused: SyncReport['refused']): SyncStatus['refusedChanges'] {
  const readOnly = refused.filter((entry) => entry.reason.startsWith('read-only')).length;
  return { readOnly, noAccess: refused.length - readOnly };
}

function stateAfter(lastError: SyncErrorCode | null, lastSyncAt: string | null): SyncStatus['state'] {
  if (lastError === 'hub_unreachable') return 'offline';
  if (lastError) return 'error';
  return lastSyncAt ? 'synced' : 'offline';
}

/** Sign-in failures the form explains; anything else is internal. */
function asApiError(error: unknown): unknown {
  if (!(error instanceof SyncFailure)) return error;
  if (error.code === 'hub_unreachable' || error.code === 'invalid_credentials' || error.code === 'hub_refused') return new ApiError(error.code, error.message);
  return new ApiError('internal', error.message);
}
