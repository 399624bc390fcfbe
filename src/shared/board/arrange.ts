import type * as Y from 'yjs';
import { elementMap, readElements } from './elementMaps';
import type { BoardElement } from './elements';
import { elementsBounds } from './geometry';
import type { Origin } from './ops';

export type Alignment = 'left' | 'hcenter' | 'right' | 'top' | 'vcenter' | 'bottom';
export type Distribution = 'horizontal' | 'vertical';
export type LayerMove = 'front' | 'back' | 'forward' | 'backward';

/** The selected elements that can be arranged: not connectors (they follow their ends), not locked. */
function movable(doc: Y.Doc, ids: readonly string[]): BoardElement[] {
  const wanted = new Set(ids);
  return readElements(doc).filter((element) => wanted.has(element.id) && element.type !== 'connector' && !element.locked);
}

function setPosition(doc: Y.Doc, id: string, key: 'x' | 'y', value: number): boolean {
  const map = elementMap(doc, id);
  if (!map || map.get(key) === value) return false;
  map.set(key, value);
  return true;
}

/** Lines up the selection on one edge or centre of its bounding box; returns the ids moved. */
export function alignElements(doc: Y.Doc, ids: readonly string[], alignment: Alignment, origin: Origin): string[] {
  const elements = movable(doc, ids);
  const box = elementsBounds(elements);
  if (!box || elements.length < 2) return [];
  const moved: string[] = [];
  doc.transact(() => {
    for (const element of elements) {
      const [key, value] = target(alignment, box, element);
      if (setPosition(doc, element.id, key, value)) moved.push(element.id);
    }
  }, origin);
  return moved;
}

function target(alignment: Alignment, box: { x: number; y: number; width: number; height: number }, element: BoardElement): ['x' | 'y', number] {
  switch (alignment) {
    case 'left': return ['x', box.x];
    case 'hcenter': return ['x', box.x + (box.width - element.width) / 2];
    case 'right': return ['x', box.x + box.width - element.width];
    case 'top': return ['y', box.y];
    case 'vcenter': return ['y', box.y + (box.height - element.height) / 2];
    case 'bottom': return ['y', box.y + box.height - element.height];
  }
}

/**
 * Spaces the selection evenly: the first and last (by position) stay, the others move so the
 * gaps between neighbours are equal. Needs three or more elements.
 */
export function distributeElements(doc: Y.Doc, ids: readonly string[], direction: Distribution, origin: Origin): string[] {
  const elements = movable(doc, ids);
  if (elements.length < 3) return [];
  const key = direction === 'horizontal' ? 'x' : 'y';
  const size = direction === 'horizontal' ? 'width' : 'height';
  const sorted = [...elements].sort((a, b) => a[key] + a[size] / 2 - (b[key] + b[size] / 2));
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const span = last[key] + last[size] - first[key];
  const gap = (span - sorted.reduce((sum, element) => sum + element[size], 0)) / (sorted.length - 1);
  const moved: string[] = [];
  doc.transact(() => {
    let cursor = first[key] + first[size] + gap;
    for (const element of sorted.slice(1, -1)) {
      if (setPosition(doc, element.id, key, cursor)) moved.push(element.id);
      cursor += element[size] + gap;
    }
  }, origin);
  return moved;
}

/**
 * Changes stacking order. Front/back give the selection new z values beyond every other
 * element, keeping its inner order; forward/backward swap each selected element with its
 * nearest unselected neighbour. Only elements whose z changes are written, so the update stays
 * small on a 2,000-note board. Locked elements in the selection are left where they are.
 */
export function reorderElements(doc: Y.Doc, ids: readonly string[], move: LayerMove, origin: Origin): string[] {
  const all = readElements(doc).sort((a, b) => a.z - b.z || (a.id < b.id ? -1 : 1));
  const wanted = new Set(ids);
  const selected = all.filter((element) => wanted.has(element.id) && !element.locked);
  if (selected.length === 0) return [];
  const chosen = new Set(selected.map((element) => element.id));
  const next = new Map<string, number>();
  if (move === 'front') {
    const top = all.at(-1)!.z;
    selected.forEach((element, index) => next.set(element.id, top + 1 + index));
  } else if (move === 'back') {
    const bottom = all[0]!.z;
    selected.forEach((element, index) => next.set(element.id, bottom - selected.length + index));
  } else {
    const order = [...all];
    const step = move === 'forward' ? 1 : -1;
    const indexes = order.map((_, index) => index).filter((index) => chosen.has(order[index]!.id));
    if (step === 1) indexes.reverse();
    for (const index of indexes) {
      const neighbour = order[index + step];
      if (!neighbour || chosen.has(neighbour.id)) continue;
      order[index + step] = order[index]!;
      order[index] = neighbour;
    }
    const zs = all.map((element) => element.z);
    const distinct = new Set(zs).size === zs.length;
    order.forEach((element, index) => next.set(element.id, distinct ? zs[index]! : index));
  }
  const changed: string[] = [];
  doc.transact(() => {
    for (const [id, z] of next) {
      const map = elementMap(doc, id);
      if (!map || map.get('z') === z) continue;
      map.set('z', z);
      changed.push(id);
    }
  }, origin);
  return changed;
}
