import * as Y from 'yjs';
import { newId } from '../domain/ids';
import { completeElement } from './defaults';
import { elementMap, elementsRoot, maxZ, readElement, readElementMap, textFields, toElementMap } from './elementMaps';
import { BoardElement, type NewElement } from './elements';
import type { TextFormat } from './richText';
import { writeTextDiff } from './textDiff';

/**
 * Board operations: pure functions on a Y.Doc. Each runs as ONE transaction with the caller's
 * origin, so a per-user Y.UndoManager tracking that origin undoes it as one step, and nothing
 * another person did is undone with it. Locked elements are never moved, resized or deleted.
 */

export type Origin = unknown;
export interface Rect { x: number; y: number; width: number; height: number }

/** Adds one element (id, z in front and per-type defaults filled in) and returns its id. */
export function addElement(doc: Y.Doc, element: NewElement, origin: Origin, clientId: string): string {
  const id = newId();
  doc.transact(() => {
    const extra = element.type === 'frame' && element.order === undefined ? { order: nextFrameOrder(doc) } : {};
    const complete = completeElement({ ...element, ...extra } as NewElement, { id, z: maxZ(doc) + 1, createdBy: clientId });
    elementsRoot(doc).set(id, toElementMap(complete));
  }, origin);
  return id;
}

function nextFrameOrder(doc: Y.Doc): number {
  let order = 0;
  elementsRoot(doc).forEach((map) => {
    const value = map instanceof Y.Map && map.get('type') === 'frame' ? map.get('order') : undefined;
    if (typeof value === 'number' && value >= order) order = value + 1;
  });
  return order;
}

/** Fields a patch may change; id, type and authorship are fixed once created. */
export type ElementPatch = Partial<Record<string, unknown>>;
const fixedFields = new Set(['id', 'type', 'createdBy']);
const geometry = new Set(['x', 'y', 'width', 'height']);

/**
 * Changes some fields of one element. The result is validated against the element's schema
 * (throws on invalid values); text fields are written as a minimal diff into their Y.Text so
 * concurrent typing merges and formatting outside the edit survives. A locked element keeps
 * its place and size (geometry in the patch is ignored) but its content can still change, so
 * a facilitator can reveal a private note or retitle a zone without unlocking it.
 * Returns whether anything changed.
 */
export function updateElement(doc: Y.Doc, id: string, patch: ElementPatch, origin: Origin): boolean {
  const map = elementMap(doc, id);
  const current = readElementMap(id, map);
  if (!map || !current) return false;
  const entries = Object.entries(patch).filter(([key, value]) =>
    value !== undefined && !fixedFields.has(key) && !(current.locked && geometry.has(key)));
  if (entries.length === 0) return false;
  BoardElement.parse({ ...current, ...Object.fromEntries(entries) });
  const textField = textFields[current.type];
  let changed = false;
  doc.transact(() => {
    for (const [key, value] of entries) {
      if (key === textField) changed = writeText(map, key, value as string) || changed;
      else if (!sameValue(map.get(key), value)) {
        map.set(key, Array.isArray(value) ? [...(value as unknown[])] : value);
        changed = true;
      }
    }
  }, origin);
  return changed;
}

function writeText(map: Y.Map<unknown>, key: string, next: string): boolean {
  const existing = map.get(key);
  if (existing instanceof Y.Text) return writeTextDiff(existing, next);
  // An older or foreign client stored a plain string: upgrade it to a Y.Text.
  map.set(key, new Y.Text(next));
  return existing !== next;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

/** Moves several elements at once (a dragged selection); locked and unknown ids are skipped. */
export function moveElements(doc: Y.Doc, moves: { id: string; x: number; y: number }[], origin: Origin): string[] {
  const moved: string[] = [];
  doc.transact(() => {
    for (const { id, x, y } of moves) {
      const map = elementMap(doc, id);
      if (!map || map.get('locked') === true || !Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (map.get('x') === x && map.get('y') === y) continue;
      map.set('x', x);
      map.set('y', y);
      moved.push(id);
    }
  }, origin);
  return moved;
}

/** Sets one element's box; sizes below 1 are raised to 1. Returns whether it changed. */
export function resizeElement(doc: Y.Doc, id: string, rect: Rect, origin: Origin): boolean {
  const map = elementMap(doc, id);
  if (!map || map.get('locked') === true) return false;
  if (![rect.x, rect.y, rect.width, rect.height].every(Number.isFinite)) return false;
  const next = { x: rect.x, y: rect.y, width: Math.max(1, rect.width), height: Math.max(1, rect.height) };
  const keys = Object.keys(next) as (keyof Rect)[];
  if (keys.every((key) => map.get(key) === next[key])) return false;
  doc.transact(() => {
    for (const key of keys) if (map.get(key) !== next[key]) map.set(key, next[key]);
  }, origin);
  return true;
}

/**
 * Deletes the unlocked elements among `ids`, and every connector attached to one of them
 * (a connector with a missing end would dangle). Returns the ids actually deleted.
 */
export function deleteElements(doc: Y.Doc, ids: readonly string[], origin: Origin): string[] {
  const root = elementsRoot(doc);
  const doomed = new Set(ids.filter((id) => {
    const map = elementMap(doc, id);
    return map !== undefined && map.get('locked') !== true;
  }));
  root.forEach((map, id) => {
    if (!(map instanceof Y.Map) || map.get('type') !== 'connector') return;
    if (doomed.has(map.get('from') as string) || doomed.has(map.get('to') as string)) doomed.add(id);
  });
  if (doomed.size === 0) return [];
  doc.transact(() => {
    for (const id of doomed) root.delete(id);
  }, origin);
  return [...doomed];
}

/** Locks or unlocks elements; returns the ids that changed. */
export function setLocked(doc: Y.Doc, ids: readonly string[], locked: boolean, origin: Origin): string[] {
  const changed: string[] = [];
  doc.transact(() => {
    for (const id of ids) {
      const map = elementMap(doc, id);
      if (!map || map.get('locked') === locked) continue;
      map.set('locked', locked);
      changed.push(id);
    }
  }, origin);
  return changed;
}

/**
 * Applies bold/italic to a range of an element's text (`false` removes the attribute).
 * Returns whether the element has a rich text field at all.
 */
export function formatElementText(
  doc: Y.Doc, id: string, range: { index: number; length: number }, format: TextFormat, origin: Origin,
): boolean {
  const element = readElement(doc, id);
  const field = element ? textFields[element.type] : undefined;
  const text = field ? elementMap(doc, id)?.get(field) : undefined;
  if (!(text instanceof Y.Text) || range.length <= 0) return false;
  const attributes: Record<string, true | null> = {};
  for (const [key, value] of Object.entries(format)) if (value !== undefined) attributes[key] = value ? true : null;
  doc.transact(() => text.format(range.index, range.length, attributes), origin);
  return true;
}
