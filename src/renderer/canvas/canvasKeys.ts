/** The canvas's keyboard vocabulary, pure so it is tested without a DOM and listed in the help overlay. */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export type CanvasCommand =
  | { kind: 'undo' | 'redo' | 'zoomIn' | 'zoomOut' | 'zoomReset' | 'fit' | 'delete' | 'duplicate' | 'copy' | 'paste' }
  | { kind: 'selectAll' | 'find' | 'help' | 'edit' | 'escape' | 'addNote' | 'lock' | 'toggleSnap' }
  | { kind: 'layer'; move: 'front' | 'back' | 'forward' | 'backward' }
  | { kind: 'pan' | 'nudge'; dx: number; dy: number };

export const nudgeStep = 10;
export const largeNudgeStep = 50;
/** Screen pixels an arrow key pans the view when nothing is selected. */
export const panStep = 80;

const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * The command for a key press on the canvas. `hasSelection` decides what arrows do: move the
 * selection, or pan the view.
 */
export function canvasCommand(input: KeyInput, hasSelection: boolean): CanvasCommand | undefined {
  const mod = input.ctrlKey || input.metaKey;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  if (input.altKey) return undefined;
  if (mod) {
    if (key === 'z') return { kind: input.shiftKey ? 'redo' : 'undo' };
    if (key === 'y' && !input.shiftKey) return { kind: 'redo' };
    if (input.shiftKey && (key === ']' || key === '}')) return { kind: 'layer', move: 'front' };
    if (input.shiftKey && (key === '[' || key === '{')) return { kind: 'layer', move: 'back' };
    if (input.shiftKey && key === 'l') return { kind: 'lock' };
    if (input.shiftKey) return undefined;
    const plain: Record<string, CanvasCommand> = {
      d: { kind: 'duplicate' }, c: { kind: 'copy' }, v: { kind: 'paste' }, a: { kind: 'selectAll' }, f: { kind: 'find' },
      ']': { kind: 'layer', move: 'forward' }, '[': { kind: 'layer', move: 'backward' },
    };
    return plain[key];
  }
  const arrow = arrows[key];
  if (arrow) {
    if (!hasSelection) return { kind: 'pan', dx: -arrow[0] * panStep, dy: -arrow[1] * panStep };
    const step = input.shiftKey ? largeNudgeStep : nudgeStep;
    return { kind: 'nudge', dx: arrow[0] * step, dy: arrow[1] * step };
  }
  switch (key) {
    case '+':
    case '=':
      return { kind: 'zoomIn' };
    case '-':
    case '_':
      return { kind: 'zoomOut' };
    case '0':
      return { kind: 'zoomReset' };
    case '!':
      return { kind: 'fit' };
    case '1':
      return input.shiftKey ? { kind: 'fit' } : undefined;
    case '?':
      return { kind: 'help' };
    case 'Delete':
    case 'Backspace':
      return hasSelection ? { kind: 'delete' } : undefined;
    case 'Enter':
    case 'F2':
      return hasSelection ? { kind: 'edit' } : undefined;
    case 'Escape':
      return { kind: 'escape' };
    case 'n':
      return input.shiftKey ? undefined : { kind: 'addNote' };
    case 'g':
      return input.shiftKey ? undefined : { kind: 'toggleSnap' };
    default:
      return undefined;
  }
}

/** What the help overlay lists, in order; keys and descriptions are in the catalogue (boards:help.keys / help.actions). */
export const shortcutActions = [
  'focusNext', 'edit', 'escape', 'nudge', 'nudgeFar', 'pan', 'zoom', 'zoomReset', 'fit', 'addNote', 'snap', 'selectAll',
  'multiSelect', 'connect', 'duplicate', 'copyPaste', 'delete', 'undo', 'redo', 'layerStep', 'layerEnd', 'lock', 'format', 'find', 'help',
] as const;
export type ShortcutAction = (typeof shortcutActions)[number];
