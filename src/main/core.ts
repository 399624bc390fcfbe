import { existsSync } from 'node:fs';
import { utilityProcess, type MessagePortMain } from 'electron';

/**
 * The core engine runs in an Electron utility process, so SQLite never blocks a window. This
 * module starts it, restarts it when it dies unexpectedly (with growing pauses), and after
 * too many deaths in a row asks the user whether to try again or quit.
 */

/** The part of a UtilityProcess the shell uses; tests give a fake. */
export interface CoreProcess {
  postMessage(message: unknown, transfer?: MessagePortMain[]): void;
  kill(): boolean;
  once(event: 'exit', listener: (code: number) => void): unknown;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

export interface CoreSpawnOptions {
  coreEntry: string;
  dataDir: string;
  sqliteBinding: string;
}

export function coreEnvironment(options: CoreSpawnOptions, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, MINGA_DATA_DIR: options.dataDir };
  // Without the Electron build the core would load Node's and report the store unavailable.
  if (existsSync(options.sqliteBinding)) env.MINGA_SQLITE_BINDING = options.sqliteBinding;
  else delete env.MINGA_SQLITE_BINDING;
  return env;
}

export function spawnCore(options: CoreSpawnOptions): CoreProcess {
  return utilityProcess.fork(options.coreEntry, [], {
    env: coreEnvironment(options),
    serviceName: 'minga-core',
    stdio: 'inherit',
  });
}

export type FailureChoice = 'retry' | 'quit';

export interface SupervisorOptions {
  spawn: () => CoreProcess;
  /** Called with every freshly started core, the first and each restart: connect windows to it. */
  onStarted: (core: CoreProcess) => void;
  /**
   * Called when the restarts are used up; the answer decides what happens next. `reason` is
   * what the core last reported with `{ type: 'failed', message }` before exiting, if anything.
   */
  onRepeatedFailure: (exitCode: number, reason: string | null) => Promise<FailureChoice>;
  onQuit: () => void;
  /** Pause before each restart; its length is the number of restarts allowed in a row. */
  backoffMs?: readonly number[];
  /** A core that ran this long before dying was healthy: its death starts a fresh count. */
  healthyAfterMs?: number;
  /** How long a stopping core may take to close its database before it is killed. */
  shutdownGraceMs?: number;
  now?: () => number;
}

const defaultBackoffMs = [200, 1_000, 3_000, 8_000] as const;

export class CoreSupervisor {
  private core: CoreProcess | null = null;
  private stopping = false;
  private failures = 0;
  private startedAt = 0;
  private lastReason: string | null = null;
  private restartTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly backoffMs: readonly number[];
  private readonly healthyAfterMs: number;
  private readonly shutdownGraceMs: number;
  private readonly now: () => number;

  constructor(private readonly options: SupervisorOptions) {
    this.backoffMs = options.backoffMs ?? defaultBackoffMs;
    this.healthyAfterMs = options.healthyAfterMs ?? 60_000;
    this.shutdownGraceMs = options.shutdownGraceMs ?? 2_000;
    this.now = options.now ?? Date.now;
  }

  /** The running core, or null while it is being restarted. */
  get current(): CoreProcess | null {
    return this.core;
  }

  start(): void {
    this.stopping = false;
    const core = this.options.spawn();
    this.core = core;
    this.startedAt = this.now();
    this.lastReason = null;
    core.on('message', (message) => {
      const report = message as { type?: unknown; message?: unknown } | null;
      if (report?.type === 'failed' && typeof report.message === 'string') this.lastReason = report.message;
    });
    core.once('exit', (code) => this.handleExit(core, code));
    this.options.onStarted(core);
  }

  /**
   * Asks the core to close its store; if it has not exited after the grace period it is
   * killed (SIGTERM on POSIX, which the core also treats as "close and exit").
   */
  stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    const core = this.core;
    this.core = null;
    if (!core) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        core.kill();
        resolve();
      }, this.shutdownGraceMs);
      core.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      core.postMessage({ type: 'shutdown' });
    });
  }

  private handleExit(core: CoreProcess, code: number): void {
    if (this.stopping || core !== this.core) return;
    this.core = null;
    if (this.now() - this.startedAt >= this.healthyAfterMs) this.failures = 0;
    const pause = this.backoffMs[this.failures];
    this.failures += 1;
    if (pause !== undefined) {
      this.restartTimer = setTimeout(() => {
        this.restartTimer = null;
        if (!this.stopping) this.start();
      }, pause);
      return;
    }
    void this.options.onRepeatedFailure(code, this.lastReason).then((choice) => {
      if (this.stopping) return;
      if (choice === 'retry') {
        this.failures = 0;
        this.start();
      } else {
        this.options.onQuit();
      }
    });
  }
}
