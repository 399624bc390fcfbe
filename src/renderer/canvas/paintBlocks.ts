import { notePalette } from '../features/boards/notePalette';
import type { CanvasElement } from './elementStore';
import { staysLive } from './lod';

export interface Transform {
  x: number;
  y: number;
  zoom: number;
}

const fillOf = (element: CanvasElement): string | undefined => {
  switch (element.type) {
    case 'note':
    case 'shape':
      return notePalette[element.color].fill;
    case 'text':
      return '#5b6470';
    case 'image':
      return '#c9ced6';
    case 'frame':
      return '#ffffff';
    case 'zone':
      return element.color;
    default:
      return undefined;
  }
};

/**
 * Paints elements as plain blocks under a viewport transform: the whole-board view, where
 * thousands of DOM nodes would cost far more than a frame. Elements outside the visible area
 * are skipped; `skipLive` leaves out zones and frames, which stay DOM nodes.
 */
export function paintBlocks(
  context: CanvasRenderingContext2D,
  elements: readonly CanvasElement[],
  byId: ReadonlyMap<string, CanvasElement>,
  transform: Transform,
  size: { width: number; height: number },
  skipLive: boolean,
): number {
  const { x: tx, y: ty, zoom } = transform;
  const left = -tx / zoom;
  const top = -ty / zoom;
  const right = left + size.width / zoom;
  const bottom = top + size.height / zoom;
  let painted = 0;
  context.save();
  context.setTransform(zoom, 0, 0, zoom, tx, ty);
  context.lineWidth = 1 / zoom;
  context.strokeStyle = '#4b5563';
  for (const element of elements) {
    if (element.type === 'connector') {
      const from = byId.get(element.from);
      const to = byId.get(element.to);
      if (!from || !to) continue;
      context.beginPath();
      context.moveTo(from.x + from.width / 2, from.y + from.height / 2);
      context.lineTo(to.x + to.width / 2, to.y + to.height / 2);
      context.stroke();
      continue;
    }
    if (skipLive && staysLive(element.type)) continue;
    if (element.x > right || element.y > bottom || element.x + element.width < left || element.y + element.height < top) continue;
    const fill = fillOf(element);
    if (!fill) continue;
    context.fillStyle = fill;
    if (element.type === 'text') context.fillRect(element.x, element.y + element.height * 0.35, element.width * 0.8, element.height * 0.3);
    else context.fillRect(element.x, element.y, element.width, element.height);
    painted += 1;
  }
  context.restore();
  return painted;
}

/** Sizes a canvas's backing store for the screen's pixel density and clears it. */
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1;
  const pixelWidth = Math.max(1, Math.round(width * ratio));
  const pixelHeight = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, pixelWidth, pixelHeight);
  context.scale(ratio, ratio);
  return context;
}
