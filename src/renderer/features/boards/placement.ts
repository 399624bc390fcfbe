/** Where a new note goes, so that it appears where the facilitator is looking. */
export interface Viewport {
  scrollLeft: number;
  scrollTop: number;
  width: number;
  height: number;
}

const cascadePx = 24;

/**
 * The top-left corner for a note added from the toolbar: centred in the visible part of the
 * board, shifted diagonally while another note already sits exactly there, so repeated clicks
 * give a visible stack rather than hidden copies.
 */
export function placeInView(
  view: Viewport,
  occupied: readonly { x: number; y: number }[],
  size: { width: number; height: number },
): { x: number; y: number } {
  let x = Math.max(0, Math.round(view.scrollLeft + (view.width - size.width) / 2));
  let y = Math.max(0, Math.round(view.scrollTop + (view.height - size.height) / 3));
  const taken = new Set(occupied.map((spot) => `${spot.x},${spot.y}`));
  for (let step = 0; step < 50 && taken.has(`${x},${y}`); step += 1) {
    x += cascadePx;
    y += cascadePx;
  }
  return { x, y };
}

/** A note created by double-click is centred on the pointer. */
export function centreOn(point: { x: number; y: number }, size: { width: number; height: number }): { x: number; y: number } {
  return { x: Math.max(0, Math.round(point.x - size.width / 2)), y: Math.max(0, Math.round(point.y - size.height / 2)) };
}

/** The board grows with its content and always leaves room to the right and below. */
export function canvasExtent(notes: Iterable<{ x: number; y: number; width: number; height: number }>, margin = 600) {
  let width = 2400;
  let height = 1600;
  for (const note of notes) {
    width = Math.max(width, note.x + note.width + margin);
    height = Math.max(height, note.y + note.height + margin);
  }
  return { width, height };
}
