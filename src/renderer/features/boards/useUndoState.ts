import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/** Whether undo and redo have anything to do, following the undo manager's stack events. */
export function useUndoState(undo: Y.UndoManager) {
  const [state, setState] = useState(() => ({ canUndo: undo.canUndo(), canRedo: undo.canRedo() }));
  useEffect(() => {
    const update = () => setState({ canUndo: undo.canUndo(), canRedo: undo.canRedo() });
    const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
    events.forEach((name) => undo.on(name, update));
    return () => events.forEach((name) => undo.off(name, update));
  }, [undo]);
  return state;
}
