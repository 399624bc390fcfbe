import * as Y from 'yjs';
import type { BoardElement } from '../../shared/board/elements';
import { elementsRoot, readElementMap, textFields } from '../../shared/board/elementMaps';
import { isFormatted, readRichText, type RichText } from '../../shared/board/richText';

/** An element as the canvas shows it: its plain values plus, when formatted, its bold/italic runs. */
export type CanvasElement = BoardElement & { rich?: RichText };

/** The board's elements by id; an element that did not change keeps its object identity. */
export type ElementIndex = ReadonlyMap<string, CanvasElement>;

/** Reads one element with its formatting (only when there is any, to keep plain notes cheap). */
export function readCanvasElement(id: string, map: unknown): CanvasElement | undefined {
  const element = readElementMap(id, map);
  if (!element || !(map instanceof Y.Map)) return element;
  const field = textFields[element.type];
  const text = field ? map.get(field) : undefined;
  if (!(text instanceof Y.Text)) return element;
  const runs = readRichText(text);
  return isFormatted(runs) ? { ...element, rich: runs } : element;
}

/** The ids of the elements touched by a batch of deep events on the elements map. */
export function changedIds(events: readonly Y.YEvent<Y.AbstractType<unknown>>[], root: unknown): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.target === root) {
      for (const key of event.keys.keys()) ids.add(key);
    } else {
      const first = event.path[0];
      if (typeof first === 'string') ids.add(first);
    }
  }
  return ids;
}

/** Re-reads only the given elements; returns the previous index when none of them changed. */
export function refreshElements(previous: ElementIndex, root: Y.Map<unknown>, ids: Iterable<string>): ElementIndex {
  let next: Map<string, CanvasElement> | undefined;
  for (const id of ids) {
    const element = readCanvasElement(id, root.get(id));
    const before = previous.get(id);
    if (!element && !before) continue;
    if (element && before && sameElement(element, before)) continue;
    next ??= new Map(previous);
    if (element) next.set(id, element);
    else next.delete(id);
  }
  return next ?? previous;
}

/** Elements are flat records (tags is the only array, rich the only nested value), so this comparison is exact. */
export function sameElement(a: CanvasElement, b: CanvasElement): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => {
    const x = left[key];
    const y = right[key];
    if (key === 'rich') return JSON.stringify(x) === JSON.stringify(y);
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((value, i) => value === y[i]);
    return x === y;
  });
}

/**
 * The elements as an external store for useSyncExternalStore, kept current from the
 * document's deep events; listeners hear only about visible changes.
 */
export function createElementStore(doc: Y.Doc) {
  const root = elementsRoot(doc) as Y.Map<unknown>;
  let index: ElementIndex = refreshElements(new Map(), root, root.keys());
  const listeners = new Set<() => void>();
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const next = refreshElements(index, root, changedIds(events, root));
    if (next === index) return;
    index = next;
    listeners.forEach((listener) => listener());
  };
  root.observeDeep(observer);
  return {
    getSnapshot: (): ElementIndex => index,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    destroy: () => root.unobserveDeep(observer),
  };
}
export type ElementStore = ReturnType<typeof createElementStore>;
