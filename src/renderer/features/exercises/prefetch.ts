import type { ExerciseSummary } from '../../../shared/domain/exercise';
import { api } from '../../app/api';

/** A prefetched list older than this is not trusted: the list asks the core again. */
const freshForMs = 10_000;
let prefetched: { promise: Promise<ExerciseSummary[]>; at: number } | undefined;

/**
 * Start-up asks for the exercise list together with the preferences, so the list is already
 * on its way while i18n starts and React renders (the list is the first screen).
 */
export function prefetchExerciseList(): void {
  const promise = api.listExercises({ includeArchived: false });
  promise.catch(() => undefined); // a broken store is reported by the status gate, not here
  prefetched = { promise, at: Date.now() };
}

/**
 * The prefetched list, at most once and only while fresh. If the prefetch failed (say the
 * store was restored in between), the list is asked for again rather than showing that error.
 */
export function takePrefetchedExerciseList(): Promise<ExerciseSummary[]> | undefined {
  const entry = prefetched;
  prefetched = undefined;
  if (!entry || Date.now() - entry.at >= freshForMs) return undefined;
  return entry.promise.catch(() => api.listExercises({ includeArchived: false }));
}
