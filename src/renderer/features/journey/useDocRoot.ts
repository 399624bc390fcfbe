import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * A plain value read from one root of a board's Y.Doc, re-read whenever anything inside that
 * root changes (a local edit, another window's, an undo). Used by the panels that keep
 * structured data in the board document (persona, journey). `root` and `read` should be
 * module-level functions, so they keep their identity between renders.
 */
export function useDocRoot<T>(doc: Y.Doc, root: (doc: Y.Doc) => Y.Map<unknown> | Y.Array<unknown>, read: (doc: Y.Doc) => T): T {
  const cache = useRef<{ doc: Y.Doc; value: T; stale: boolean } | undefined>(undefined);

  const subscribe = useCallback(
    (onChange: () => void) => {
      const type = root(doc);
      const listener = () => {
        if (cache.current) cache.current.stale = true;
        onChange();
      };
      type.observeDeep(listener);
      return () => type.unobserveDeep(listener);
    },
    [doc, root],
  );

  const snapshot = useCallback(() => {
    if (!cache.current || cache.current.doc !== doc || cache.current.stale) cache.current = { doc, value: read(doc), stale: false };
    return cache.current.value;
  }, [doc, read]);

  return useSyncExternalStore(subscribe, snapshot);
}
