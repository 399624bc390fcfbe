import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { formatCountdown, idleTimer, isTimerFinished, paused, reset, resumed, started, timerRemaining, withExtraMinute } from './timer';
import { addTimerMinute, clearTimer, pauseTimer, readTimer, resetTimer, resumeTimer, setTimerMuted, startTimer } from './timerDoc';

const min = 60_000;

describe('timer arithmetic', () => {
  it('counts down from the start and never below zero', () => {
    const state = started(idleTimer, 5 * min, 'Lluvia de ideas', 1_000);
    expect(timerRemaining(state, 1_000)).toBe(5 * min);
    expect(timerRemaining(state, 1_000 + 90_000)).toBe(5 * min - 90_000);
    expect(timerRemaining(state, 1_000 + 6 * min)).toBe(0);
    expect(isTimerFinished(state, 1_000 + 5 * min)).toBe(true);
    expect(state.label).toBe('Lluvia de ideas');
  });

  it('freezes while paused and continues after resuming', () => {
    const running = started(idleTimer, 2 * min, '', 0);
    const stopped = paused(running, 30_000);
    expect(stopped.running).toBe(false);
    expect(timerRemaining(stopped, 999_999)).toBe(90_000);
    const again = resumed(stopped, 100_000);
    expect(timerRemaining(again, 110_000)).toBe(80_000);
    expect(paused(stopped, 1)).toBe(stopped);
  });

  it('adds a minute to a running, a paused and a finished timer', () => {
    const running = started(idleTimer, min, '', 0);
    expect(timerRemaining(withExtraMinute(running, 10_000), 10_000)).toBe(110_000);
    const stopped = paused(running, 20_000);
    expect(withExtraMinute(stopped, 50_000)).toMatchObject({ running: false, remainingMs: 100_000 });
    const finished = withExtraMinute(running, 5 * min);
    expect(finished.running).toBe(true);
    expect(timerRemaining(finished, 5 * min + 1_000)).toBe(59_000);
    expect(withExtraMinute(idleTimer, 0)).toBe(idleTimer);
  });

  it('resets to the full duration, stopped', () => {
    const state = reset(withExtraMinute(started(idleTimer, min, '', 0), 30_000));
    expect(state).toMatchObject({ running: false, startedAt: null, remainingMs: 2 * min, durationMs: 2 * min });
  });

  it('caps the duration at three hours', () => {
    expect(started(idleTimer, 500 * min, '', 0).durationMs).toBe(180 * min);
  });

  it('formats minutes and seconds, rounding up', () => {
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(1)).toBe('00:01');
    expect(formatCountdown(5 * min)).toBe('05:00');
    expect(formatCountdown(61 * min + 5_000)).toBe('1:01:05');
  });
});

describe('timer in the document', () => {
  it('is shared by two replicas and survives a malformed value', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update));
    expect(readTimer(a)).toEqual(idleTimer);
    startTimer(a, 3 * min, 'Votación', 0);
    pauseTimer(a, min);
    expect(readTimer(b)).toMatchObject({ running: false, remainingMs: 2 * min, label: 'Votación' });
    resumeTimer(a, 2 * min);
    addTimerMinute(a, 2 * min);
    expect(timerRemaining(readTimer(b), 2 * min)).toBe(3 * min);
    setTimerMuted(a, true);
    resetTimer(a);
    expect(readTimer(b)).toMatchObject({ muted: true, running: false, remainingMs: 4 * min });
    clearTimer(a);
    expect(readTimer(b)).toEqual({ ...idleTimer, muted: true });
    a.getMap('facilitation').set('timer', { running: 'yes' });
    expect(readTimer(b)).toEqual(idleTimer);
  });

  it('writes each change in one transaction with the given origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const origin = { name: 'local' };
    startTimer(doc, min, '', 0, origin);
    expect(origins).toEqual([origin]);
  });
});
