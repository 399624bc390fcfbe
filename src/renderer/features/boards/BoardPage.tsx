import { lazy, Suspense, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { BoardSummary } from '../../../shared/domain/board';
import { isMethodTool, templateById } from '../../../shared/templates';
import { onCoreEvent } from '../../app/api';
import type { CanvasSlotContext } from '../../canvas/CanvasWorkspace';
import { canvasClientId, canvasOrigin } from '../../canvas/session';
import { ErrorMessage, Spinner } from '../../ui';
import { FacilitationBarPlaceholder } from '../facilitation/FacilitationBarPlaceholder';
import { MethodBoard } from '../methodTools/MethodBoard';
import { BoardHeader } from './BoardHeader';
import { BoardWorkspace } from './BoardWorkspace';
import { useBoardSession, type OpenBoard } from './useBoardSession';
import { useBoardTitle } from './useBoardTitle';
import './board.css';

// A template's structured tool sits beside the canvas; each loads only on boards that use it.
const ActorRegisterPanel = lazy(() => import('../stakeholders/ActorRegisterPanel').then((module) => ({ default: module.ActorRegisterPanel })));
const PersonaPanel = lazy(() => import('../persona/PersonaPanel').then((module) => ({ default: module.PersonaPanel })));
const JourneyPanel = lazy(() => import('../journey/JourneyPanel').then((module) => ({ default: module.JourneyPanel })));
// The facilitation tools load after the canvas: they are not needed for the board's first paint.
const FacilitationBar = lazy(() => import('../facilitation/FacilitationBar').then((module) => ({ default: module.FacilitationBar })));
const IdeationPanel = lazy(() => import('../ideation/IdeationPanel').then((module) => ({ default: module.IdeationPanel })));

/**
 * A board. After a backup is restored the document may be an entirely different one, which
 * Yjs cannot merge back into the open copy, so the board is opened afresh.
 */
export function BoardPage({ id }: { id: string }) {
  const [generation, setGeneration] = useState(0);
  useEffect(
    () =>
      onCoreEvent('storeChanged', ({ reason }) => {
        if (reason === 'restore') setGeneration((current) => current + 1);
      }),
    [],
  );
  return <OpenedBoard key={generation} id={id} />;
}

const noSubscription = () => () => undefined;

function OpenedBoard({ id }: { id: string }) {
  const { session, saveState } = useBoardSession(id);
  const [renamed, setRenamed] = useState<BoardSummary>();
  const ready = session.phase === 'ready' ? session : undefined;
  const title = useBoardTitle(ready?.doc, renamed?.title ?? ready?.summary.title ?? '');
  const noteCount = useSyncExternalStore(ready?.elements.subscribe ?? noSubscription, () => countNotes(ready));

  if (session.phase === 'loading') return <Spinner />;
  if (session.phase === 'error') return <ErrorMessage error={session.error} />;
  const tool = templateById(session.summary.kind)?.tool ?? 'none';
  const canvas = <Facilitated board={session} title={title} saveState={saveState} />;
  return (
    <div className="board-page">
      <BoardHeader summary={session.summary} title={title} noteCount={noteCount} onRenamed={setRenamed} />
      <div className="board-page__body">
        {isMethodTool(tool) ? (
          <MethodBoard board={session} tool={tool} canvas={canvas} saveState={saveState} />
        ) : (
          <>
            {canvas}
            <ToolPanel board={session} />
          </>
        )}
      </div>
    </div>
  );
}

/** The canvas with the facilitation tools (timer, voting, private mode, presentation, comments) in its toolbar. */
function Facilitated({ board, title, saveState }: { board: OpenBoard; title: string; saveState: Parameters<typeof BoardWorkspace>[0]['saveState'] }) {
  const facilitation = useMemo(
    () =>
      function BoardFacilitation({ selectedIds, focusFrame }: CanvasSlotContext) {
        return (
          <Suspense fallback={<FacilitationBarPlaceholder />}>
            <FacilitationBar doc={board.doc} boardId={board.summary.id} origin={canvasOrigin} selectedIds={selectedIds} focusFrame={focusFrame} />
          </Suspense>
        );
      },
    [board.doc, board.summary.id],
  );
  return <BoardWorkspace board={board} title={title} saveState={saveState} facilitation={facilitation} />;
}

function ToolPanel({ board }: { board: OpenBoard }) {
  const tool = templateById(board.summary.kind)?.tool ?? 'none';
  let panel: React.ReactNode;
  if (tool === 'stakeholders') panel = <ActorRegisterPanel exerciseId={board.summary.exerciseId} />;
  else if (tool === 'persona') panel = <PersonaPanel doc={board.doc} origin={canvasOrigin} />;
  else if (tool === 'journey') panel = <JourneyPanel doc={board.doc} origin={canvasOrigin} undo={board.undo} clientId={canvasClientId} />;
  else if (tool === 'ideation') panel = <IdeationPanel doc={board.doc} origin={canvasOrigin} clientId={canvasClientId} />;
  else return null;
  return (
    <aside className="board-page__tool">
      <Suspense fallback={<Spinner />}>{panel}</Suspense>
    </aside>
  );
}

/** Counted once per snapshot: getSnapshot runs on every render, and a board may hold thousands of elements. */
const noteCounts = new WeakMap<object, number>();
function countNotes(board: OpenBoard | undefined): number | undefined {
  if (!board) return undefined;
  const snapshot = board.elements.getSnapshot();
  let count = noteCounts.get(snapshot);
  if (count === undefined) {
    count = 0;
    for (const element of snapshot.values()) if (element.type === 'note') count += 1;
    noteCounts.set(snapshot, count);
  }
  return count;
}
