/**
 * Sends a board's local Yjs updates to the core strictly in order, one at a time. An update
 * counts as saved only when the core has acknowledged its commit; a failed send stays at the
 * head of the queue and is retried with backoff, so no edit is ever dropped.
 */
export type SaveState = 'saved' | 'saving' | 'retrying';

export interface UpdateQueueOptions {
  send(update: Uint8Array): Promise<unknown>;
  /** Combines waiting updates into one send (Y.mergeUpdates); omitted, each is sent alone. */
  merge?: (updates: Uint8Array[]) => Uint8Array;
  /** Upper bound for a merged send, below the core's per-update limit. */
  maxMergedBytes?: number;
  /**
   * A send with no answer after this long counts as failed and is retried: a reply lost with a
   * dropped connection must not leave the board "saving" for minutes. Resending is safe
   * because applying a Yjs update twice changes nothing.
   */
  sendTimeoutMs?: number;
  /** Delays between retries in ms; the last one repeats for as long as sending fails. */
  retryDelaysMs?: readonly number[];
  onStateChange?(state: SaveState, error?: unknown): void;
  /** Injected for tests; defaults to setTimeout. */
  wait?(ms: number): Promise<void>;
}

export interface UpdateQueue {
  push(update: Uint8Array): void;
  /** Updates not yet acknowledged, oldest first (including the one being sent). */
  pending(): Uint8Array[];
  state(): SaveState;
  /** Resolves once everything pushed so far has been acknowledged. */
  whenIdle(): Promise<void>;
}

const defaultDelays = [250, 500, 1_000, 2_000, 5_000] as const;

export function createUpdateQueue(options: UpdateQueueOptions): UpdateQueue {
  const waiting: Uint8Array[] = [];
  const delays = options.retryDelaysMs ?? defaultDelays;
  const maxMergedBytes = options.maxMergedBytes ?? 1024 * 1024;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let current: SaveState = 'saved';
  let running = false;
  let idleWaiters: (() => void)[] = [];

  const setState = (next: SaveState, error?: unknown) => {
    if (next === current && next !== 'retrying') return;
    current = next;
    options.onStateChange?.(next, error);
  };

  /** Takes the head update, folded together with the ones behind it while they stay small. */
  const takeBatch = (): { update: Uint8Array; count: number } => {
    const head = waiting[0]!;
    if (!options.merge || waiting.length === 1) return { update: head, count: 1 };
    let count = 1;
    let bytes = head.byteLength;
    while (count < waiting.length && bytes + waiting[count]!.byteLength <= maxMergedBytes) {
      bytes += waiting[count]!.byteLength;
      count += 1;
    }
    return count === 1 ? { update: head, count } : { update: options.merge(waiting.slice(0, count)), count };
  };

  const sendOnce = (update: Uint8Array): Promise<unknown> => {
    const timeoutMs = options.sendTimeoutMs;
    if (!timeoutMs) return options.send(update);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`No answer from the core within ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([options.send(update), timeout]).finally(() => clearTimeout(timer));
  };

  const run = async () => {
    running = true;
    let failures = 0;
    while (waiting.length > 0) {
      const batch = takeBatch();
      try {
        await sendOnce(batch.update);
        waiting.splice(0, batch.count);
        failures = 0;
        if (waiting.length > 0) setState('saving');
      } catch (error) {
        setState('retrying', error);
        await wait(delays[Math.min(failures, delays.length - 1)]!);
        failures += 1;
      }
    }
    running = false;
    setState('saved');
    const waiters = idleWaiters;
    idleWaiters = [];
    waiters.forEach((resolve) => resolve());
  };

  return {
    push(update) {
      waiting.push(update);
      if (current !== 'retrying') setState('saving');
      if (!running) void run();
    },
    pending: () => [...waiting],
    state: () => current,
    whenIdle: () => (waiting.length === 0 && !running ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))),
  };
}
