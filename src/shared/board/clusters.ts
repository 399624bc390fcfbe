import type { BoardElement, FrameElement, NoteElement } from './elements';

/**
 * Affinity clustering: on an ideation board the named groups are frames, and a note belongs
 * to the group its centre lies in (the smallest one, if frames nest). Reading it this way keeps
 * clustering a matter of dragging notes, like on a wall, with no second list to keep in sync.
 */
export interface Cluster {
  id: string;
  title: string;
  noteIds: string[];
}

export interface Clustering {
  clusters: Cluster[];
  /** Notes in no group, in reading order. */
  ungrouped: string[];
}

type Box = { x: number; y: number; width: number; height: number };

const contains = (box: Box, x: number, y: number) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
const readingOrder = (a: Box, b: Box) => a.y - b.y || a.x - b.x;

export function readClusters(elements: readonly BoardElement[]): Clustering {
  const frames = elements.filter((element): element is FrameElement => element.type === 'frame').sort(readingOrder);
  const notes = elements.filter((element): element is NoteElement => element.type === 'note').sort(readingOrder);
  const members = new Map<string, string[]>(frames.map((frame) => [frame.id, []]));
  const ungrouped: string[] = [];
  for (const note of notes) {
    const cx = note.x + note.width / 2;
    const cy = note.y + note.height / 2;
    const home = frames
      .filter((frame) => contains(frame, cx, cy))
      .sort((a, b) => a.width * a.height - b.width * b.height)[0];
    if (home) members.get(home.id)!.push(note.id);
    else ungrouped.push(note.id);
  }
  return { clusters: frames.map((frame) => ({ id: frame.id, title: frame.title, noteIds: members.get(frame.id)! })), ungrouped };
}

/**
 * Where a new group goes: the first free cell of a grid laid over `area` (the template's
 * clusters zone), or below the area when it is full.
 */
export function nextClusterSlot(elements: readonly BoardElement[], area: Box, size = { width: 420, height: 360 }, gap = 20): { x: number; y: number } {
  const frames = elements.filter((element) => element.type === 'frame');
  const overlaps = (x: number, y: number) =>
    frames.some((frame) => x < frame.x + frame.width && x + size.width > frame.x && y < frame.y + frame.height && y + size.height > frame.y);
  const columns = Math.max(1, Math.floor((area.width + gap) / (size.width + gap)));
  for (let row = 0; ; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const x = area.x + gap / 2 + column * (size.width + gap);
      const y = area.y + 60 + row * (size.height + gap);
      if (!overlaps(x, y)) return { x, y };
    }
    if (row > 50) return { x: area.x, y: area.y + area.height + gap };
  }
}
