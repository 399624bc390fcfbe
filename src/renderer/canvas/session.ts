import * as Y from 'yjs';
import { newId } from '../../shared/domain/ids';

/**
 * Every edit this tab makes runs with this origin: its Y.UndoManager tracks only these, so
 * Ctrl+Z never undoes what someone else did; updates from the core carry `remoteOrigin`.
 */
export const canvasOrigin = { name: 'minga-canvas-local' } as const;
export const remoteOrigin = 'remote';
/** Fields put back after an undo emptied them (see shared/board/undoRepair.ts): synced, never undone on its own. */
export const undoRepairOrigin = { name: 'minga-undo-repair' } as const;

const clientKey = 'minga.clientId';

/** Who creates elements from this app (createdBy); kept across reloads so one's private notes stay one's own. */
export const canvasClientId: string = (() => {
  try {
    const known = localStorage.getItem(clientKey);
    if (known) return known;
    const fresh = newId();
    localStorage.setItem(clientKey, fresh);
    return fresh;
  } catch {
    return newId();
  }
})();

/** Undo history over the board's content; typing within half a second is one step. */
export function createCanvasUndoManager(scope: ConstructorParameters<typeof Y.UndoManager>[0]): Y.UndoManager {
  return new Y.UndoManager(scope, { trackedOrigins: new Set([canvasOrigin]), captureTimeout: 500 });
}
