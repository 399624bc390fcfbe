import type { BoardElement } from './elements';
import type { Rect } from './ops';

/** Rounds a coordinate to the nearest grid line (snapping while dragging). */
export function snapToGrid(value: number, grid = 10): number {
  if (!(grid > 0)) return value;
  return Math.round(value / grid) * grid;
}

/**
 * The box around some elements, or undefined for none. Connectors are left out: their x/y are
 * not where they are drawn (they follow the elements they join).
 */
export function elementsBounds(elements: readonly BoardElement[]): Rect | undefined {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const element of elements) {
    if (element.type === 'connector') continue;
    minX = Math.min(minX, element.x);
    minY = Math.min(minY, element.y);
    maxX = Math.max(maxX, element.x + element.width);
    maxY = Math.max(maxY, element.y + element.height);
  }
  if (minX === Infinity) return undefined;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
