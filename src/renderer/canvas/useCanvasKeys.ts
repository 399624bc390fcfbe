import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useLatest } from './useLatest';
import { canvasCommand, type CanvasCommand } from './canvasKeys';

/** Commands that work anywhere on the board page; the rest only with focus on the canvas. */
const pageWide = new Set<CanvasCommand['kind']>(['undo', 'redo', 'find', 'help']);

/**
 * One keyboard listener for the board page, in the capture phase so React Flow's own arrow-key
 * moves never run (ours move by 10/50 px and write one undoable step). Keys typed into a text
 * field (an element's editor, the find box, the rename form) are left alone.
 */
export function useCanvasKeys(stage: React.RefObject<HTMLElement | null>, hasSelection: () => boolean, run: (command: CanvasCommand) => void) {
  const flow = useReactFlow();
  const latest = useLatest({ hasSelection, run });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      const command = canvasCommand(event, latest.current.hasSelection());
      if (!command) return;
      const onCanvas = target === null || target === document.body || Boolean(stage.current?.contains(target));
      if (!pageWide.has(command.kind) && !onCanvas) return;
      // Space and Enter on a toolbar button keep their meaning; Escape too.
      if (command.kind === 'escape' && !onCanvas) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current.run(command);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [flow, latest, stage]);
}
