import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import type { ComponentType } from 'react';
import { CanvasWorkspace, type CanvasSlotContext } from '../../canvas/CanvasWorkspace';
import '../../canvas/canvas.css';
import { SaveStatus } from './SaveStatus';
import type { OpenBoard } from './useBoardSession';
import type { SaveState } from './updateQueue';

/** The board itself: the canvas with its toolbar, and whether every edit is saved. */
export function BoardWorkspace({
  board,
  title,
  saveState,
  facilitation,
}: {
  board: OpenBoard;
  title: string;
  saveState: SaveState;
  facilitation?: ComponentType<CanvasSlotContext>;
}) {
  return (
    <div className="board-workspace">
      <ReactFlowProvider>
        <CanvasWorkspace doc={board.doc} undo={board.undo} store={board.elements} title={title} templateId={board.summary.kind} facilitation={facilitation} />
      </ReactFlowProvider>
      <SaveStatus state={saveState} />
    </div>
  );
}
