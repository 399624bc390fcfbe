import * as Y from 'yjs';
import { readNumber, readString } from '../../documents/values';
import { elementsMap } from './roots';

/**
 * The few element fields the facilitation tools need, read defensively straight from the
 * document (an element written by an older or foreign client may lack some of them).
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NoteSummary extends Rect {
  id: string;
  text: string;
  hidden: boolean;
  createdBy: string;
}

export interface AreaSummary extends Rect {
  id: string;
  type: 'frame' | 'zone';
  title: string;
  order: number;
}

function rectOf(map: Y.Map<unknown>): Rect {
  return { x: readNumber(map, 'x'), y: readNumber(map, 'y'), width: readNumber(map, 'width', 1), height: readNumber(map, 'height', 1) };
}

/** Notes in the document's map order, which every replica shares. */
export function readNoteSummaries(doc: Y.Doc): NoteSummary[] {
  const notes: NoteSummary[] = [];
  elementsMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map) || map.get('type') !== 'note') return;
    notes.push({ id, ...rectOf(map), text: readString(map, 'text'), hidden: map.get('hidden') === true, createdBy: readString(map, 'createdBy') });
  });
  return notes;
}

/** Frames and template zones: the areas a vote can be limited to. */
export function readAreas(doc: Y.Doc): AreaSummary[] {
  const areas: AreaSummary[] = [];
  elementsMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const type = map.get('type');
    if (type !== 'frame' && type !== 'zone') return;
    areas.push({ id, type, ...rectOf(map), title: readString(map, 'title') || readString(map, 'zoneKey'), order: readNumber(map, 'order', Number.MAX_SAFE_INTEGER) });
  });
  return areas;
}

/** A note belongs to an area when its centre lies inside it, as a person looking at the board would judge. */
export function isInside(inner: Rect, outer: Rect): boolean {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  return cx >= outer.x && cx <= outer.x + outer.width && cy >= outer.y && cy <= outer.y + outer.height;
}

/** The first line of a note's text, short enough for a list or a results table. */
export function noteHeadline(text: string, max = 80): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
