import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { BoardSummary } from '../../../shared/domain/board';
import { api, onCoreEvent } from '../../app/api';
import { createElementStore, type ElementStore } from '../../canvas/elementStore';
import { commentsMap } from '../../../shared/board/facilitation/roots';
import { journeyMap } from '../../../shared/documents/journey';
import { personaMap } from '../../../shared/documents/persona';
import { methodToolRoots } from '../../../shared/documents/methodRoots';
import { createCanvasUndoManager, remoteOrigin } from '../../canvas/session';
import { elementsRoot } from '../../../shared/board/elementMaps';
import { createBoardSessions } from './boardSessions';
import { prefetchedBoard, releasePrefetchedBoard } from './prefetch';
import type { SaveState } from './updateQueue';

/**
 * The element store and per-user undo of an open board. Undo covers what a person makes on the
 * board: elements, comments and the persona and journey tools. The timer and votes are shared
 * session state, not anyone's work to undo.
 */
function openBoardDoc(doc: Y.Doc): { doc: Y.Doc; elements: ElementStore; undo: Y.UndoManager } {
  const undoScope = [elementsRoot(doc), commentsMap(doc), personaMap(doc), journeyMap(doc), ...methodToolRoots(doc)];
  return { doc, elements: createElementStore(doc), undo: createCanvasUndoManager(undoScope) };
}

/**
 * One element store and undo manager per document, however many times React renders the page
 * before committing it (an interrupted first render starts over and runs state initialisers
 * again; reading 2,000 elements each time would double the opening).
 */
const openedDocs = new WeakMap<Y.Doc, ReturnType<typeof openBoardDoc>>();
function openedBoard(doc: Y.Doc): ReturnType<typeof openBoardDoc> {
  let opened = openedDocs.get(doc);
  if (!opened) openedDocs.set(doc, (opened = openBoardDoc(doc)));
  return opened;
}

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
  // A board the app opened during start-up (see prefetch.ts) is handed over here, once.
  const [initial] = useState(() => prefetchedBoard(id));
  const [session, setSession] = useState<BoardSession>(() =>
    initial?.summary ? { phase: 'ready', ...openedBoard(initial.doc), summary: initial.summary } : { phase: 'loading' },
  );
  const subscribeSaveState = useCallback((listener: () => void) => sessions.onSaveState(id, listener), [id]);
  const saveState = useSyncExternalStore(subscribeSaveState, () => sessions.saveState(id));

  // The handed-over board is used by the first run of the effect only: a re-run (React's strict
  // mode runs effects twice in development) opens the board afresh.
  const handedOver = useRef(false);

  useEffect(() => {
    let active = true;
    const early = handedOver.current ? undefined : initial;
    handedOver.current = true;
    if (initial) releasePrefetchedBoard(initial);
    if (!early) setSession((current) => (current.phase === 'ready' && current.doc === initial?.doc ? { phase: 'loading' } : current));
    const doc = early?.doc ?? new Y.Doc();
    const queue = sessions.retain(id);
    // Other people's edits; updates that arrive before the initial state are kept by Yjs until they fit.
    const stopRemote =
      early?.stop ??
      onCoreEvent('boardUpdated', (event) => {
        if (event.id === id) Y.applyUpdate(doc, event.update, remoteOrigin);
      });
    let opened: Omit<OpenBoard, 'doc' | 'summary'> | undefined = early && session.phase === 'ready' ? session : undefined;
    const start = (summary: BoardSummary) => {
      // Edits made before a remount and not yet acknowledged are shown again, not resent.
      for (const pending of queue.pending()) Y.applyUpdate(doc, pending, remoteOrigin);
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== remoteOrigin) queue.push(update);
      });
      if (!opened) {
        opened = openedBoard(doc);
        setSession({ phase: 'ready', doc, summary, ...opened });
      }
    };

    if (opened && early?.summary) start(early.summary);
    else {
      const ready = early
        ? early.ready
        : api.openBoard({ id }).then(({ summary, state }) => {
            Y.applyUpdate(doc, state, remoteOrigin);
            return summary;
          });
      ready.then(
        (summary) => {
          if (active) start(summary);
        },
        (error: unknown) => {
          if (active) setSession({ phase: 'error', error });
        },
      );
    }

    return () => {
      active = false;
      stopRemote();
      opened?.undo.destroy();
      opened?.elements.destroy();
      doc.destroy();
      void sessions.release(id);
    };
    // The session is created once per board id; the handed-over board and first state belong to it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  return { session, saveState };
}
