import type * as Y from 'yjs';
import { idleTimer, paused, reset, resumed, started, TimerState, withExtraMinute } from './timer';
import { facilitationMap } from './roots';

/** Reads the room's timer; a missing or malformed value reads as the idle timer. */
export function readTimer(doc: Y.Doc): TimerState {
  const parsed = TimerState.safeParse(facilitationMap(doc).get('timer'));
  return parsed.success ? parsed.data : idleTimer;
}

function update(doc: Y.Doc, origin: unknown, next: (state: TimerState) => TimerState): void {
  doc.transact(() => {
    const current = readTimer(doc);
    const changed = next(current);
    if (changed !== current) facilitationMap(doc).set('timer', changed);
  }, origin);
}

export function startTimer(doc: Y.Doc, durationMs: number, label: string, now: number, origin?: unknown): void {
  update(doc, origin, (state) => started(state, durationMs, label, now));
}

export function pauseTimer(doc: Y.Doc, now: number, origin?: unknown): void {
  update(doc, origin, (state) => paused(state, now));
}

export function resumeTimer(doc: Y.Doc, now: number, origin?: unknown): void {
  update(doc, origin, (state) => resumed(state, now));
}

export function addTimerMinute(doc: Y.Doc, now: number, origin?: unknown): void {
  update(doc, origin, (state) => withExtraMinute(state, now));
}

export function resetTimer(doc: Y.Doc, origin?: unknown): void {
  update(doc, origin, reset);
}

/** Takes the timer off the board altogether. */
export function clearTimer(doc: Y.Doc, origin?: unknown): void {
  update(doc, origin, (state) => ({ ...idleTimer, muted: state.muted }));
}

export function setTimerMuted(doc: Y.Doc, muted: boolean, origin?: unknown): void {
  update(doc, origin, (state) => (state.muted === muted ? state : { ...state, muted }));
}
