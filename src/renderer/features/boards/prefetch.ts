import * as Y from 'yjs';
import type { BoardSummary } from '../../../shared/domain/board';
import { api, onCoreEvent } from '../../app/api';
import { remoteOrigin } from '../../canvas/session';

/** A board opened ahead of its page: its document, filled in as the state and edits arrive. */
export interface PrefetchedBoard {
  doc: Y.Doc;
  /** Set once the core's state has been applied. */
  summary: BoardSummary | undefined;
  ready: Promise<BoardSummary>;
  /** Stops applying other people's edits; the page calls it when it lets the document go. */
  stop: () => void;
}

let prefetched: (PrefetchedBoard & { id: string }) | undefined;

/**
 * Starts opening a board while the app is still starting (the window was opened on a board's
 * address): the state travels and is decoded while the page's code loads and the shell first
 * paints, so the board page can show the canvas in its very first render.
 */
export function prefetchBoard(id: string): void {
  const doc = new Y.Doc();
  // Edits that arrive before the state are kept by Yjs until they fit.
  const stop = onCoreEvent('boardUpdated', (event) => {
    if (event.id === id) Y.applyUpdate(doc, event.update, remoteOrigin);
  });
  const entry: PrefetchedBoard & { id: string } = {
    id,
    doc,
    summary: undefined,
    stop,
    ready: api.openBoard({ id }).then(({ summary, state }) => {
      performance.mark('minga:board-state-received');
      Y.applyUpdate(doc, state, remoteOrigin);
      performance.mark('minga:board-state-applied');
      entry.summary = summary;
      return summary;
    }),
  };
  entry.ready.catch(() => undefined);
  prefetched = entry;
}

/**
 * The board opened during start-up, if it is this one. Looking does not take it: React may
 * render a page several times before committing it (an interrupted first render starts over),
 * and each attempt must see the same board. The page lets go of it with `releasePrefetchedBoard`
 * once it has committed, and later pages open the board themselves.
 */
export function prefetchedBoard(id: string): PrefetchedBoard | undefined {
  return prefetched?.id === id ? prefetched : undefined;
}

export function releasePrefetchedBoard(board: PrefetchedBoard): void {
  if (prefetched === board) prefetched = undefined;
}
