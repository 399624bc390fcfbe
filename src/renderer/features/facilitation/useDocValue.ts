import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { sameValue } from './sameValue';

/**
 * A value read from the board document that follows every change to it, local or remote.
 * The value is recomputed after each update but keeps its identity while it is equal, so a
 * keystroke in a note does not re-render the timer (and an inline `read` is fine).
 */
export function useDocValue<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const cache = useRef<{ doc: Y.Doc; value: T } | null>(null);
  const getSnapshot = useCallback(() => {
    const fresh = read(doc);
    const current = cache.current;
    if (current && current.doc === doc && sameValue(current.value, fresh)) return current.value;
    cache.current = { doc, value: fresh };
    return fresh;
  }, [doc, read]);
  const subscribe = useCallback(
    (listener: () => void) => {
      doc.on('update', listener);
      return () => doc.off('update', listener);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, getSnapshot);
}
