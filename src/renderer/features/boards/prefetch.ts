import type { AppApi } from '../../../shared/contract';
import { api, onCoreEvent } from '../../app/api';

type Opened = Awaited<ReturnType<AppApi['openBoard']>>;

interface Prefetched {
  id: string;
  opened: Promise<Opened>;
  /** Edits from others that arrived before the page took over. */
  updates: Uint8Array[];
  stop: () => void;
}

let prefetched: Prefetched | undefined;

/**
 * Starts opening a board while the app is still starting (the window was opened on a board's
 * address), so its state travels while the page's code loads.
 */
export function prefetchBoard(id: string): void {
  const updates: Uint8Array[] = [];
  const stop = onCoreEvent('boardUpdated', (event) => {
    if (event.id === id) updates.push(event.update);
  });
  const opened = api.openBoard({ id });
  opened.catch(() => undefined);
  prefetched = { id, opened, updates, stop };
}

/** Hands the prefetched opening to the board page, once; later pages open the board themselves. */
export function takePrefetchedBoard(id: string): Omit<Prefetched, 'stop' | 'id'> | undefined {
  if (prefetched?.id !== id) return undefined;
  const taken = prefetched;
  prefetched = undefined;
  taken.stop();
  return { opened: taken.opened, updates: taken.updates };
}
