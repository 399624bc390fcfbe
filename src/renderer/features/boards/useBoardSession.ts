import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { BoardSummary } from '../../../shared/domain/board';
import { api, onCoreEvent } from '../../app/api';
import { createElementStore, type ElementStore } from '../../canvas/elementStore';
import { commentsMap } from '../../../shared/board/facilitation/roots';
import { journeyMap } from '../../../shared/documents/journey';
import { personaMap } from '../../../shared/documents/persona';
import { createCanvasUndoManager, remoteOrigin } from '../../canvas/session';
import { elementsRoot } from '../../../shared/board/elementMaps';
import { createBoardSessions } from './boardSessions';
import { takePrefetchedBoard } from './prefetch';
import type { SaveState } from './updateQueue';

/** Shared by every board page of this window; see boardSessions.ts. */
const sessions = createBoardSessions(api, (updates) => Y.mergeUpdates(updates));

// Closing the window with edits the core has not confirmed asks the browser to warn first.
window.addEventListener('beforeunload', (event) => {
  if (sessions.hasUnsavedEdits()) event.preventDefault();
});

export interface OpenBoard {
  doc: Y.Doc;
  elements: ElementStore;
  undo: Y.UndoManager;
  summary: BoardSummary;
}

export type BoardSession = { phase: 'loading' } | { phase: 'error'; error: unknown } | ({ phase: 'ready' } & OpenBoard);

/**
 * Opens a board for this page: loads its document from the core, sends local edits through
 * the board's update queue, applies everyone else's edits as they arrive, and closes it when
 * the page goes away (after the queue has drained).
 */
export function useBoardSession(id: string): { session: BoardSession; saveState: SaveState } {
  const [session, setSession] = useState<BoardSession>({ phase: 'loading' });
  const subscribeSaveState = useCallback((listener: () => void) => sessions.onSaveState(id, listener), [id]);
  const saveState = useSyncExternalStore(subscribeSaveState, () => sessions.saveState(id));

  useEffect(() => {
    let active = true;
    const doc = new Y.Doc();
    const queue = sessions.retain(id);
    // Updates that arrive before the initial state are kept by Yjs until they fit.
    const stopRemote = onCoreEvent('boardUpdated', (event) => {
      if (event.id === id) Y.applyUpdate(doc, event.update, remoteOrigin);
    });
    let opened: { elements: ElementStore; undo: Y.UndoManager } | undefined;

    // Opened ahead at start-up when the window was opened on this board (see prefetch.ts).
    const early = takePrefetchedBoard(id);
    for (const update of early?.updates ?? []) Y.applyUpdate(doc, update, remoteOrigin);
    (early?.opened ?? api.openBoard({ id })).then(
      ({ summary, state }) => {
        if (!active) return;
        Y.applyUpdate(doc, state, remoteOrigin);
        // Edits made before a remount and not yet acknowledged are shown again, not resent.
        for (const pending of queue.pending()) Y.applyUpdate(doc, pending, remoteOrigin);
        doc.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin !== remoteOrigin) queue.push(update);
        });
        // Undo covers what a person makes on the board: elements, comments and the persona and
        // journey tools. The timer and votes are shared session state, not anyone's work to undo.
        const undoScope = [elementsRoot(doc), commentsMap(doc), personaMap(doc), journeyMap(doc)];
        opened = { elements: createElementStore(doc), undo: createCanvasUndoManager(undoScope) };
        setSession({ phase: 'ready', doc, summary, ...opened });
      },
      (error: unknown) => {
        if (active) setSession({ phase: 'error', error });
      },
    );

    return () => {
      active = false;
      stopRemote();
      opened?.undo.destroy();
      opened?.elements.destroy();
      doc.destroy();
      void sessions.release(id);
    };
  }, [id]);

  return { session, saveState };
}
