/** Keyboard vocabulary of the board, kept pure so it can be tested without a DOM. */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. */
export function historyShortcut(input: KeyInput): 'undo' | 'redo' | undefined {
  if (!(input.ctrlKey || input.metaKey) || input.altKey) return undefined;
  const key = input.key.toLowerCase();
  if (key === 'z') return input.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !input.shiftKey) return 'redo';
  return undefined;
}

export const arrowStepPx = 10;
export const largeArrowStepPx = 50;

/** How far an arrow key moves the focused note: 10px, or 50px with Shift. */
export function arrowOffset(input: KeyInput): { dx: number; dy: number } | undefined {
  if (input.ctrlKey || input.metaKey || input.altKey) return undefined;
  const step = input.shiftKey ? largeArrowStepPx : arrowStepPx;
  switch (input.key) {
    case 'ArrowLeft':
      return { dx: -step, dy: 0 };
    case 'ArrowRight':
      return { dx: step, dy: 0 };
    case 'ArrowUp':
      return { dx: 0, dy: -step };
    case 'ArrowDown':
      return { dx: 0, dy: step };
    default:
      return undefined;
  }
}

export function isDeleteKey(input: KeyInput): boolean {
  return (input.key === 'Delete' || input.key === 'Backspace') && !input.ctrlKey && !input.metaKey && !input.altKey;
}
