import type { DocumentStore } from '../store/types';
import { projectDocument } from './project';
import type { ProjectionStore } from './rows';

export interface Projector {
  /** A document's update was stored: project it after `delayMs` without further updates. */
  schedule(name: string): void;
  /** Projects every scheduled document now and waits for all projections in flight. */
  flush(): Promise<void>;
}

/**
 * Keeps the projections following the stored documents, off the acknowledgement path: storing an
 * update only (re)starts a per-document timer, so a burst of typing costs one decode, and a
 * failing projection is logged without touching sync. Projections of one document run one after
 * another, so an older picture never overwrites a newer one.
 */
export function createProjector(deps: {
  documents: DocumentStore;
  projections: ProjectionStore;
  log: (message: string) => void;
  delayMs: number;
}): Projector {
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Map<string, Promise<void>>();

  const run = (name: string): Promise<void> => {
    timers.delete(name);
    const next = (running.get(name) ?? Promise.resolve())
      .then(() => projectDocument(name, deps.documents, deps.projections))
      .then(() => undefined, (error: unknown) => deps.log(`Projecting ${name} for the dashboard failed: ${String(error)}`))
      .finally(() => {
        if (running.get(name) === next) running.delete(name);
      });
    running.set(name, next);
    return next;
  };

  return {
    schedule(name) {
      clearTimeout(timers.get(name));
      const timer = setTimeout(() => void run(name), deps.delayMs);
      timer.unref();
      timers.set(name, timer);
    },
    async flush() {
      for (const [name, timer] of [...timers]) {
        clearTimeout(timer);
        void run(name);
      }
      await Promise.all([...running.values()]);
    },
  };
}
