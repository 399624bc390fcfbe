import * as Y from 'yjs';
import { readAreas, type AreaSummary } from './boardReading';
import { elementsMap } from './roots';

/** Frames in presentation order: by `order`, then by title and id so every replica agrees. */
export function readFramesInOrder(doc: Y.Doc): AreaSummary[] {
  return readAreas(doc)
    .filter((area) => area.type === 'frame')
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'es') || (a.id < b.id ? -1 : 1));
}

/**
 * Moves a frame one place earlier or later in the presentation and renumbers every frame
 * 0…n-1 in the same transaction, so equal or missing orders left by older boards are fixed too.
 */
export function moveFrame(doc: Y.Doc, frameId: string, direction: -1 | 1, origin?: unknown): boolean {
  const ids = readFramesInOrder(doc).map((frame) => frame.id);
  const index = ids.indexOf(frameId);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= ids.length) return false;
  [ids[index], ids[target]] = [ids[target]!, ids[index]!];
  doc.transact(() => {
    ids.forEach((id, order) => {
      const map = elementsMap(doc).get(id);
      if (map instanceof Y.Map && map.get('order') !== order) map.set('order', order);
    });
  }, origin);
  return true;
}
