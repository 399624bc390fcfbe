import { useEffect, useState, useSyncExternalStore } from 'react';
import type { BoardSummary } from '../../../shared/domain/board';
import { onCoreEvent } from '../../app/api';
import { ErrorMessage, Spinner } from '../../ui';
import { BoardHeader } from './BoardHeader';
import { BoardWorkspace } from './BoardWorkspace';
import { useBoardSession } from './useBoardSession';
import { useBoardTitle } from './useBoardTitle';
import './board.css';

/**
 * A sticky-note board. After a backup is restored the document may be an entirely different
 * one, which Yjs cannot merge back into the open copy, so the board is opened afresh.
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
  const noteCount = useSyncExternalStore(ready?.notes.subscribe ?? noSubscription, () => ready?.notes.getSnapshot().size);

  if (session.phase === 'loading') return <Spinner />;
  if (session.phase === 'error') return <ErrorMessage error={session.error} />;
  return (
    <div className="board-page">
      <BoardHeader summary={session.summary} title={title} noteCount={noteCount} onRenamed={setRenamed} />
      <BoardWorkspace board={session} title={title} saveState={saveState} />
    </div>
  );
}
