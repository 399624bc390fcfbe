import { useEffect, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import type { BoardSummary } from '../../../shared/domain/board';
import type { MethodTool } from '../../../shared/templates';
import { canvasClientId, canvasOrigin } from '../../canvas/session';
import { Button, Spinner, TabPanel, Tabs } from '../../ui';
import { SaveStatus } from '../boards/SaveStatus';
import type { SaveState } from '../boards/updateQueue';
import type { OpenBoard } from '../boards/useBoardSession';
import { useUndoState } from '../boards/useUndoState';
import { useMethodTool } from './registry';
import './methodTools.css';

const idPrefix = 'method-board';

/**
 * A method tool's board: the tool (form, tables, charts) is the main view and the canvas is one
 * tab away for the team's loose notes. Both edit the same document, with one undo history.
 */
export function MethodBoard({ board, tool, canvas, saveState }: { board: OpenBoard & { summary: BoardSummary }; tool: MethodTool; canvas: ReactNode; saveState: SaveState }) {
  const { t } = useTranslation('methodTools');
  const [tab, setTab] = useRememberedTab(board.summary.id);
  return (
    <div className="method-board">
      <Tabs
        idPrefix={idPrefix}
        label={t('tabs.label')}
        value={tab}
        onChange={(id) => setTab(id === 'canvas' ? 'canvas' : 'tool')}
        items={[
          { id: 'tool', label: t('tabs.tool') },
          { id: 'canvas', label: t('tabs.canvas') },
        ]}
      />
      {tab === 'tool' ? (
        <TabPanel idPrefix={idPrefix} id="tool">
          <ToolView board={board} tool={tool} />
          <SaveStatus state={saveState} />
        </TabPanel>
      ) : (
        <TabPanel idPrefix={idPrefix} id="canvas">
          {canvas}
        </TabPanel>
      )}
    </div>
  );
}

type View = 'tool' | 'canvas';

/** The tab last open on this board in this window, so a reload comes back to it. */
function useRememberedTab(boardId: string): [View, (view: View) => void] {
  const key = `minga.boardView.${boardId}`;
  const [view, setView] = useState<View>(() => (readSession(key) === 'canvas' ? 'canvas' : 'tool'));
  const choose = (next: View) => {
    setView(next);
    try {
      sessionStorage.setItem(key, next);
    } catch {
      // Storage may be unavailable (private mode, quota): the tab still switches.
    }
  };
  return [view, choose];
}

function readSession(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function ToolView({ board, tool }: { board: OpenBoard & { summary: BoardSummary }; tool: MethodTool }) {
  const { t } = useTranslation('methodTools');
  const { view, error } = useMethodTool(tool);
  const { canUndo, canRedo } = useUndoState(board.undo);
  // The canvas merges edits made within half a second (typing); in a form every committed change
  // (a field left, a score chosen, a row added) is its own undo step, however fast the next one.
  useEffect(() => {
    const separate = (transaction: Y.Transaction) => {
      if (transaction.origin === canvasOrigin) board.undo.stopCapturing();
    };
    board.doc.on('afterTransaction', separate);
    return () => board.doc.off('afterTransaction', separate);
  }, [board.doc, board.undo]);
  // Ctrl+Z outside a text field undoes the last committed change; inside one the browser's own
  // text undo applies, since the field's draft is not in the document yet. Listened to on the
  // document, so it still works after a deleted row took the focus with it.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || isTextEntry(event.target) || insideDialog(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) board.undo.undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) board.undo.redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [board.undo]);
  if (error) return <p role="alert">{t('loadFailed')}</p>;
  if (!view) return <Spinner />;
  const { Tool } = view;
  return (
    <div className="method-tool">
      <div className="method-tool__undo" role="toolbar" aria-label={t('tabs.tool')}>
        <Button disabled={!canUndo} onClick={() => board.undo.undo()} title={t('undoHint')}>
          {t('undo')}
        </Button>
        <Button disabled={!canRedo} onClick={() => board.undo.redo()} title={t('undoHint')}>
          {t('redo')}
        </Button>
      </div>
      <Tool
        doc={board.doc}
        origin={canvasOrigin}
        clientId={canvasClientId}
        boardId={board.summary.id}
        workshopId={board.summary.workshopId}
        exerciseId={board.summary.exerciseId}
      />
    </div>
  );
}

function insideDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog, [role="dialog"], [role="alertdialog"]') !== null;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'range'].includes((target as HTMLInputElement).type));
}
