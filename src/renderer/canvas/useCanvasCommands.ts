import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { alignElements, distributeElements, reorderElements, type Alignment, type Distribution, type LayerMove } from '../../shared/board/arrange';
import { copySelection, duplicateElements, parseClipboard, pasteElements, serializeClipboard } from '../../shared/board/clipboard';
import type { NewElement } from '../../shared/board/elements';
import { elementsBounds, snapToGrid } from '../../shared/board/geometry';
import { addElement, deleteElements, formatElementText, moveElements, setLocked } from '../../shared/board/ops';
import { elementRichText } from '../../shared/board/richText';
import { restoreElementsEmptiedByUndo } from '../../shared/board/undoRepair';
import type { ElementIndex } from './elementStore';
import { toggledFormat, type FormatKey } from './formatting';
import { undoRepairOrigin } from './session';

/** A new element before it has a place: the command puts it in view (or where asked). */
export type UnplacedElement = NewElement extends infer E ? (E extends unknown ? Omit<E, 'x' | 'y'> : never) : never;

export interface CommandContext {
  doc: Y.Doc;
  undo: Y.UndoManager;
  origin: unknown;
  clientId: string;
  elements: () => ElementIndex;
  selected: () => ReadonlySet<string>;
  select(ids: Iterable<string>): void;
  announce(text: string): void;
  startEdit(id: string): void;
  snap: () => boolean;
}

/** The pixel offset of a duplicate, so the copy is visibly next to the original. */
export const duplicateOffset = { x: 20, y: 20 };

/**
 * Every editing command of the canvas, each one M's board operation with this tab's origin,
 * so the per-user undo manager undoes it as one step; `stopCapturing` keeps two commands in
 * quick succession from merging into one undo step.
 */
export function useCanvasCommands(context: CommandContext) {
  const { t } = useTranslation('boards');
  const flow = useReactFlow();
  return useMemo(() => {
    const { doc, undo, origin, clientId, announce } = context;
    const ids = () => [...context.selected()];
    const step = <T>(run: () => T): T => {
      undo.stopCapturing();
      const result = run();
      undo.stopCapturing();
      return result;
    };
    /** The middle of the visible area in board coordinates, where new things appear. */
    const viewCentre = () => {
      const pane = document.querySelector('.react-flow');
      const rect = pane?.getBoundingClientRect() ?? { left: 0, top: 0, width: 800, height: 600 };
      return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    };
    const place = (width: number, height: number, at = viewCentre()) => {
      const x = at.x - width / 2;
      const y = at.y - height / 2;
      return context.snap() ? { x: snapToGrid(x), y: snapToGrid(y) } : { x: Math.round(x), y: Math.round(y) };
    };

    return {
      add(element: UnplacedElement & { width: number; height: number }, label: string, at?: { x: number; y: number }) {
        const id = step(() => addElement(doc, { ...element, ...place(element.width, element.height, at) } as NewElement, origin, clientId));
        context.select([id]);
        announce(t('announce.addedElement', { element: label }));
        return id;
      },
      remove() {
        const removed = step(() => deleteElements(doc, ids(), origin));
        if (removed.length > 0) announce(removed.length === 1 ? t('announce.deleted') : t('announce.deletedMany', { count: removed.length }));
        return removed;
      },
      nudge(dx: number, dy: number) {
        const elements = context.elements();
        const moves = ids().flatMap((id) => {
          const element = elements.get(id);
          return element && element.type !== 'connector' ? [{ id, x: element.x + dx, y: element.y + dy }] : [];
        });
        if (moveElements(doc, moves, origin).length > 0) announce(t('announce.moved'));
      },
      commitMoves(moves: { id: string; x: number; y: number }[]) {
        const snapped = context.snap() ? moves.map((move) => ({ ...move, x: snapToGrid(move.x), y: snapToGrid(move.y) })) : moves;
        const rounded = snapped.map((move) => ({ ...move, x: Math.round(move.x), y: Math.round(move.y) }));
        if (step(() => moveElements(doc, rounded, origin)).length > 0) announce(t('announce.moved'));
      },
      duplicate() {
        const created = step(() => duplicateElements(doc, ids(), duplicateOffset, origin, clientId));
        if (created.length === 0) return;
        context.select(created);
        announce(t('announce.duplicated', { count: created.length }));
      },
      async copy() {
        const selection = ids();
        if (selection.length === 0) return;
        await navigator.clipboard.writeText(serializeClipboard(copySelection(doc, selection)));
        announce(t('announce.copied', { count: selection.length }));
      },
      async paste() {
        const payload = parseClipboard(await navigator.clipboard.readText().catch(() => ''));
        if (!payload || payload.elements.length === 0) {
          announce(t('announce.pasteEmpty'));
          return;
        }
        const box = elementsBounds(payload.elements) ?? { width: 0, height: 0 };
        const at = place(box.width, box.height);
        const created = step(() => pasteElements(doc, payload, at, origin, clientId));
        context.select(created);
        announce(t('announce.pasted', { count: created.length }));
      },
      align(alignment: Alignment) {
        if (step(() => alignElements(doc, ids(), alignment, origin)).length > 0) announce(t('announce.aligned'));
      },
      distribute(direction: Distribution) {
        if (step(() => distributeElements(doc, ids(), direction, origin)).length > 0) announce(t('announce.distributed'));
      },
      reorder(move: LayerMove) {
        if (step(() => reorderElements(doc, ids(), move, origin)).length > 0) announce(t('announce.reordered'));
      },
      toggleLock() {
        const elements = context.elements();
        const selection = ids();
        const lock = selection.some((id) => elements.get(id)?.locked === false);
        if (step(() => setLocked(doc, selection, lock, origin)).length > 0) announce(t(lock ? 'announce.locked' : 'announce.unlocked'));
      },
      /** Bold or italic on a range, or on the whole text of each selected element. */
      format(key: FormatKey, target?: { id: string; index: number; length: number }) {
        const targets = target ? [target] : ids().map((id) => ({ id, index: 0, length: Number.MAX_SAFE_INTEGER }));
        step(() => {
          for (const { id, index, length } of targets) {
            const runs = elementRichText(doc, id);
            if (!runs) continue;
            const total = runs.reduce((sum, run) => sum + run.insert.length, 0);
            const span = Math.min(length, total - index);
            if (span > 0) formatElementText(doc, id, { index, length: span }, toggledFormat(runs, index, span, key), origin);
          }
        });
      },
      history(command: 'undo' | 'redo') {
        // Undo after someone else's simultaneous change can empty a field; see undoRepair.ts.
        const before = context.elements();
        const touched: unknown[] = [];
        const collect = (event: { changedParentTypes: Map<unknown, unknown> }) => touched.push(...event.changedParentTypes.keys());
        undo.on('stack-item-popped', collect);
        const done = command === 'undo' ? undo.undo() : undo.redo();
        undo.off('stack-item-popped', collect);
        // Not the canvas origin: the repair is not a step of its own in anyone's undo history.
        if (done) restoreElementsEmptiedByUndo(doc, touched, before, undoRepairOrigin);
        if (command === 'undo') announce(t(done ? 'announce.undone' : 'announce.nothingToUndo'));
        else announce(t(done ? 'announce.redone' : 'announce.nothingToRedo'));
      },
      selectAll() {
        const all = [...context.elements().values()].filter((element) => element.type !== 'zone').map((element) => element.id);
        context.select(all);
        announce(t('announce.selected', { count: all.length }));
      },
      clearSelection() {
        if (context.selected().size > 0) context.select([]);
      },
      edit() {
        const [first] = ids();
        const element = first ? context.elements().get(first) : undefined;
        if (element && element.type !== 'image' && element.type !== 'zone') context.startEdit(first!);
      },
    };
    // The context's functions read current state when called; the object is built once per board.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [context.doc, context.undo, flow, t]);
}
export type CanvasCommands = ReturnType<typeof useCanvasCommands>;
