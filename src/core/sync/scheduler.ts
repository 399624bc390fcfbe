/**
 * When the background sync runs a round: soon after start, a few seconds after the last local
 * edit, and periodically; after a failure, with exponential backoff and jitter. It knows nothing
 * of the store or the hub: it calls `runRound` and looks at the error's `code`. Rounds never
 * overlap, and nothing here is on the edit path: an edit only moves a timer.
 */

export interface SchedulerTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
  /** In [0, 1); the jitter. */
  random(): number;
}

export const realTimers: SchedulerTimers = {
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms);
    // A pending round must never keep a closing process alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  now: () => Date.now(),
  random: () => Math.random(),
};

export interface SchedulerOptions {
  /** One round; throws an error with a `code` (a SyncFailure) when it fails. */
  runRound(): Promise<void>;
  /** Called whenever `running`, `failures` or `lastError` change. */
  onChange?(): void;
  timers?: SchedulerTimers;
  startDelayMs?: number;
  /** Quiet time after the last edit before a round. */
  debounceMs?: number;
  /** Between rounds when nothing happens; also the longest an edit waits while edits keep coming. */
  periodMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

/** Failures only the person can fix: retrying would not help, and could lock the account. */
export const needsPerson = new Set(['invalid_credentials', 'device_signed_out', 'not_linked']);

/** The n-th retry's delay (n ≥ 1): doubling from `base` up to `max`, then a random half of it removed. */
export function backoffDelay(failures: number, base: number, max: number, random: number): number {
  const ceiling = Math.min(max, base * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

export class SyncScheduler {
  private timer: unknown;
  private dueAt: number | undefined;
  private firstWaitingEditAt: number | undefined;
  private current: Promise<void> | undefined;
  private editedWhileRunning = false;
  private stopped = true;
  private readonly timers: SchedulerTimers;
  private readonly startDelayMs: number;
  private readonly debounceMs: number;
  private readonly periodMs: number;
  private readonly backoffBaseMs: number;
  private readonly backoffMaxMs: number;
  /** Consecutive failed rounds; 0 after a success. */
  failures = 0;
  lastError: string | null = null;

  constructor(private readonly options: SchedulerOptions) {
    this.timers = options.timers ?? realTimers;
    this.startDelayMs = options.startDelayMs ?? 1_000;
    this.debounceMs = options.debounceMs ?? 5_000;
    this.periodMs = options.periodMs ?? 60_000;
    this.backoffBaseMs = options.backoffBaseMs ?? 2_000;
    this.backoffMaxMs = options.backoffMaxMs ?? 5 * 60_000;
  }

  get running(): boolean {
    return this.current !== undefined;
  }

  /** Whether a failure is waiting for the person (no retries until `start` or `runNow`). */
  get waitingForPerson(): boolean {
    return this.lastError !== null && needsPerson.has(this.lastError);
  }

  /** Starts (or restarts after a new sign-in): forgets failures and runs a round soon. */
  start(): void {
    this.stopped = false;
    this.failures = 0;
    this.lastError = null;
    this.schedule(this.startDelayMs);
    this.options.onChange?.();
  }

  /** A local edit was committed: run a round once edits pause, but never wait longer than a period. */
  noteEdit(): void {
    if (this.stopped || this.waitingForPerson) return;
    if (this.current) {
      this.editedWhileRunning = true;
      return;
    }
    // While backing off, the retry timer decides: an edit must not hammer an unreachable hub.
    if (this.failures > 0) return;
    const now = this.timers.now();
    this.firstWaitingEditAt ??= now;
    this.schedule(Math.min(this.debounceMs, this.firstWaitingEditAt + this.periodMs - now), true);
  }

  /** Runs a round now; if one is running, waits for it and then runs another (it may predate the last edit). */
  async runNow(): Promise<void> {
    if (this.stopped) return;
    if (this.current) await this.current;
    if (this.stopped) return;
    await this.run();
  }

  /** No more rounds; resolves when a round in progress has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    await this.current;
  }

  private schedule(delayMs: number, replace = false): void {
    const at = this.timers.now() + Math.max(0, delayMs);
    // A sooner round already planned stays, unless an edit is debouncing it.
    if (this.dueAt !== undefined && this.dueAt <= at && !replace) return;
    this.clearTimer();
    this.dueAt = at;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.dueAt = undefined;
      void this.run();
    }, Math.max(0, delayMs));
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.dueAt = undefined;
  }

  private run(): Promise<void> {
    if (this.current) return this.current;
    this.clearTimer();
    this.firstWaitingEditAt = undefined;
    this.editedWhileRunning = false;
    const round = (async () => {
      try {
        await this.options.runRound();
        this.failures = 0;
        this.lastError = null;
      } catch (error) {
        this.failures += 1;
        const code = (error as { code?: unknown } | null)?.code;
        this.lastError = typeof code === 'string' ? code : 'internal';
      }
    })();
    this.current = round.finally(() => {
      this.current = undefined;
      this.afterRound();
      this.options.onChange?.();
    });
    this.options.onChange?.();
    return this.current;
  }

  private afterRound(): void {
    if (this.stopped || this.waitingForPerson) return;
    if (this.failures > 0) {
      this.schedule(backoffDelay(this.failures, this.backoffBaseMs, this.backoffMaxMs, this.timers.random()));
    } else if (this.editedWhileRunning) {
      this.firstWaitingEditAt = this.timers.now();
      this.schedule(this.debounceMs);
    } else {
      this.schedule(this.periodMs);
    }
  }
}
