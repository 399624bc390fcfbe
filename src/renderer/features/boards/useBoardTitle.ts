import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readBoardHeader } from '../../../shared/documents/boardDoc';
import { roots } from '../../../shared/documents/schema';

/** The board's title as its document says, so a rename in another window shows here too. */
export function useBoardTitle(doc: Y.Doc | undefined, fallback: string): string {
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!doc) return () => undefined;
      const board = doc.getMap(roots.board);
      board.observe(listener);
      return () => board.unobserve(listener);
    },
    [doc],
  );
  const title = useSyncExternalStore(subscribe, () => (doc ? readBoardHeader(doc).title : ''));
  return title || fallback;
}
