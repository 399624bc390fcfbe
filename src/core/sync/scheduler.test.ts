import { describe, expect, it } from 'vitest';
import { SyncFailure, type SyncFailureCode } from './errors';
import { backoffDelay, SyncScheduler, type SchedulerTimers } from './scheduler';

/** A clock the test moves by hand; timers fire in order as it passes them. */
function fakeTimers(random = () => 0.5) {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: SchedulerTimers = {
    setTimeout: (run, ms) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => void pending.delete(id as number),
    now: () => now,
    random,
  };
  const flush = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return {
    timers,
    get now() {
      return now;
    },
    /** When the next timer is due, or undefined. */
    nextAt: () => Math.min(...[...pending.values()].map((timer) => timer.at)),
    pendingCount: () => pending.size,
    async advance(ms: number) {
      const until = now + ms;
      await flush();
      for (;;) {
        const due = [...pending.entries()].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].run();
        await flush();
      }
      now = until;
      await flush();
    },
  };
}

/** A round the test finishes by hand, so overlap and ordering can be seen. */
function controllableRounds() {
  const started: number[] = [];
  let finish: ((error?: SyncFailureCode) => void) | undefined;
  let active = 0;
  let maxActive = 0;
  return {
    started,
    get maxActive() {
      return maxActive;
    },
    runRound: (clock: () => number) => () => {
      started.push(clock());
      active += 1;
      maxActive = Math.max(maxActive, active);
      return new Promise<void>((resolve, reject) => {
        finish = (code) => {
          active -= 1;
          if (code) reject(new SyncFailure(code, code));
          else resolve();
        };
      });
    },
    finish(code?: SyncFailureCode) {
      const f = finish!;
      finish = undefined;
      f(code);
    },
  };
}

const timing = { startDelayMs: 1_000, debounceMs: 5_000, periodMs: 60_000, backoffBaseMs: 2_000, backoffMaxMs: 300_000 };

describe('backoffDelay', () => {
  it('doubles from 2 s to a 5 min cap, with jitter between half and all of it', () => {
    const ceilings = [2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000, 300_000];
    ceilings.forEach((ceiling, index) => {
      expect(backoffDelay(index + 1, 2_000, 300_000, 0)).toBe(ceiling / 2);
      expect(backoffDelay(index + 1, 2_000, 300_000, 0.999999)).toBeLessThanOrEqual(ceiling);
      expect(backoffDelay(index + 1, 2_000, 300_000, 0.999999)).toBeGreaterThan(ceiling * 0.99);
    });
  });
});

describe('SyncScheduler', () => {
  it('runs soon after start, then every period', async () => {
    const clock = fakeTimers();
    const rounds = controllableRounds();
    const scheduler = new SyncScheduler({ ...timing, timers: clock.timers, runRound: rounds.runRound(() => clock.now) });
    scheduler.start();
    await clock.advance(999);
    expect(rounds.started).toEqual([]);
    await clock.advance(1);
    expect(rounds.started).toEqual([1_000]);
    rounds.finish();
    await clock.advance(60_000);
    expect(rounds.started).toEqual([1_000, 61_000]);
    rounds.finish();
    await scheduler.stop();
  });

  it('runs a round 5 s after the last edit, but an edit never waits longer than a period', async () => {
    const clock = fakeTimers();
    const rounds = controllableRounds();
    const scheduler = new SyncScheduler({ ...timing, timers: clock.timers, runRound: rounds.runRound(() => clock.now) });
    scheduler.start();
    await clock.advance(1_000);
    rounds.finish();
    await clock.advance(10_000); // t = 11 s
    scheduler.noteEdit();
    await clock.advance(3_000);
    scheduler.noteEdit(); // t = 14 s: the round moves to 19 s
    await clock.advance(4_999);
    expect(rounds.started).toEqual([1_000]);
    await clock.advance(1);
    expect(rounds.started).toEqual([1_000, 19_000]);
    rounds.finish();
    await clock.advance(0);

    // Edits every 4 s for two minutes: one round at most a period after the first of them.
    for (let i = 0; i < 30; i++) {
      scheduler.noteEdit();
      await clock.advance(4_000);
    }
    expect(rounds.started[2]).toBe(19_000 + 60_000);
    rounds.finish();
    await scheduler.stop();
  });

  it('never runs two rounds at once; an edit during a round brings the next one forward', async () => {
    const clock = fakeTimers();
    const rounds = controllableRounds();
    const scheduler = new SyncScheduler({ ...timing, timers: clock.timers, runRound: rounds.runRound(() => clock.now) });
    scheduler.start();
    await clock.advance(1_000);
    expect(scheduler.running).toBe(true);
    const asked = scheduler.runNow();
    await clock.advance(120_000);
    expect(rounds.started).toEqual([1_000]);
    rounds.finish();
    await clock.advance(0);
    // runNow waited for the running round, then ran its own.
    expect(rounds.started).toEqual([1_000, 121_000]);
    scheduler.noteEdit();
    rounds.finish();
    await asked;
    expect(rounds.maxActive).toBe(1);
    // The edit came during the first round: a debounced round follows instead of a full period.
    await clock.advance(5_000);
    expect(rounds.started).toEqual([1_000, 121_000, 126_000]);
    rounds.finish();
    await scheduler.stop();
  });

  it('backs off exponentially with jitter after failures, ignores edits meanwhile, and resets on success', async () => {
    const clock = fakeTimers(() => 0);
    const rounds = controllableRounds();
    const scheduler = new SyncScheduler({ ...timing, timers: clock.timers, runRound: rounds.runRound(() => clock.now) });
    scheduler.start();
    await clock.advance(1_000);
    const gaps: number[] = [];
    for (let i = 0; i < 10; i++) {
      const last = rounds.started.at(-1)!;
      rounds.finish('hub_unreachable');
      await clock.advance(0);
      expect(scheduler.lastError).toBe('hub_unreachable');
      scheduler.noteEdit();
      await clock.advance(clock.nextAt() - clock.now);
      gaps.push(rounds.started.at(-1)! - last);
    }
    // random() = 0: half of each ceiling, 2 s doubling to the 5 min cap.
    expect(gaps).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 150_000, 150_000]);
    rounds.finish();
    await clock.advance(0);
    expect(scheduler.failures).toBe(0);
    expect(scheduler.lastError).toBeNull();
    expect(clock.nextAt() - clock.now).toBe(60_000);
    await scheduler.stop();
  });

  it('stops retrying when the person must act, until started again', async () => {
    const clock = fakeTimers();
    const rounds = controllableRounds();
    const scheduler = new SyncScheduler({ ...timing, timers: clock.timers, runRound: rounds.runRound(() => clock.now) });
    scheduler.start();
    await clock.advance(1_000);
    rounds.finish('device_signed_out');
    await clock.advance(0);
    expect(scheduler.waitingForPerson).toBe(true);
    scheduler.noteEdit();
    await clock.advance(3_600_000);
    expect(rounds.started).toHaveLength(1);
    expect(clock.pendingCount()).toBe(0);
    scheduler.start();
    expect(scheduler.lastError).toBeNull();
    await clock.advance(1_000);
    expect(rounds.started).toHaveLength(2);
    rounds.finish();
    await scheduler.stop();
  });

  it('stop waits for the round in progress and leaves no timer behind', async () => {
    const clock = fakeTimers();
    const rounds = controllableRounds();
    const changes: boolean[] = [];
    const scheduler = new SyncScheduler({
      ...timing, timers: clock.timers, runRound: rounds.runRound(() => clock.now), onChange: () => changes.push(scheduler.running),
    });
    scheduler.start();
    await clock.advance(1_000);
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await clock.advance(0);
    expect(stopped).toBe(false);
    rounds.finish();
    await stopping;
    expect(clock.pendingCount()).toBe(0);
    scheduler.noteEdit();
    await scheduler.runNow();
    await clock.advance(600_000);
    expect(rounds.started).toHaveLength(1);
    expect(changes).toEqual([false, true, false]);
  });
});
