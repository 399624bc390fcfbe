/**
 * Level of detail. Below this zoom a note's text is under about 5 px high, unreadable on a
 * projector and costly to lay out, so the canvas paints every element as a plain block on one
 * <canvas> layer instead of mounting thousands of DOM nodes (see docs/PERFORMANCE.md).
 */
export const blockZoomThreshold = 0.4;

export type DetailLevel = 'full' | 'blocks';

export function detailLevel(zoom: number): DetailLevel {
  return zoom < blockZoomThreshold ? 'blocks' : 'full';
}

/** Zones, frames and text labels stay live DOM at every zoom: few, large, and meant to be read from afar. */
export function staysLive(type: string): boolean {
  return type === 'zone' || type === 'frame' || type === 'text';
}
