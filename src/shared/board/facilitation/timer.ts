import { z } from 'zod';
import { limits } from '../../domain/limits';

/**
 * The room's countdown. One plain object in the document, so every screen (and later every
 * phone) shows the same time: while running, the time left is `remainingMs` minus what has
 * passed since `startedAt`; while paused, `remainingMs` is the time left. Clocks of different
 * devices may differ by a few seconds; the facilitator's laptop is the one that counts.
 */
export const timerLimits = { minMinutes: 1, maxMinutes: 180, stepMs: 60_000 } as const;

export const TimerState = z.object({
  durationMs: z.number().int().nonnegative(),
  startedAt: z.number().nullable(),
  remainingMs: z.number().nonnegative(),
  running: z.boolean(),
  label: z.string().max(limits.shortText),
  muted: z.boolean(),
});
export type TimerState = z.infer<typeof TimerState>;

export const idleTimer: TimerState = { durationMs: 0, startedAt: null, remainingMs: 0, running: false, label: '', muted: false };

const maxMs = timerLimits.maxMinutes * 60_000;

/** Milliseconds left at `now`, never below zero. */
export function timerRemaining(state: TimerState, now: number): number {
  if (!state.running || state.startedAt === null) return Math.max(0, state.remainingMs);
  return Math.max(0, state.remainingMs - Math.max(0, now - state.startedAt));
}

export function isTimerFinished(state: TimerState, now: number): boolean {
  return state.durationMs > 0 && timerRemaining(state, now) === 0;
}

/** Whether a timer has been set at all (an idle one is not shown on the board). */
export function isTimerSet(state: TimerState): boolean {
  return state.durationMs > 0;
}

export function started(state: TimerState, durationMs: number, label: string, now: number): TimerState {
  const duration = Math.min(maxMs, Math.max(0, Math.round(durationMs)));
  return { ...state, durationMs: duration, remainingMs: duration, startedAt: now, running: duration > 0, label: label.trim().slice(0, limits.shortText) };
}

export function paused(state: TimerState, now: number): TimerState {
  if (!state.running) return state;
  return { ...state, remainingMs: timerRemaining(state, now), startedAt: null, running: false };
}

export function resumed(state: TimerState, now: number): TimerState {
  if (state.running || state.remainingMs <= 0) return state;
  return { ...state, startedAt: now, running: true };
}

/** One more minute; a timer that already ran out starts counting that minute. */
export function withExtraMinute(state: TimerState, now: number): TimerState {
  if (!isTimerSet(state)) return state;
  const left = timerRemaining(state, now);
  const extra = Math.min(timerLimits.stepMs, maxMs - left);
  if (extra <= 0) return state;
  const finished = left === 0;
  const running = state.running || finished;
  return { ...state, durationMs: state.durationMs + extra, remainingMs: left + extra, startedAt: running ? now : null, running };
}

/** Back to the full duration, stopped. */
export function reset(state: TimerState): TimerState {
  return { ...state, remainingMs: state.durationMs, startedAt: null, running: false };
}

/** "mm:ss", or "h:mm:ss" past an hour; rounds up so the display never shows 0:00 while time is left. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}
