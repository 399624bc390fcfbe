import * as Y from 'yjs';
import { limits } from '../domain/limits';
import { roots } from '../documents/schema';
import { BoardElement, type ElementType } from './elements';

/**
 * How an element lives in a board document: one Y.Map per element in the `elements` root,
 * keyed by id. Text people type together (note, text label, shape) is a Y.Text so concurrent
 * edits merge character by character and carry bold/italic attributes; every other field is a
 * plain value (last writer wins).
 */
export type ElementMap = Y.Map<unknown>;

/** The fields held as Y.Text, per type. */
export const textFields: Partial<Record<ElementType, 'text'>> = { note: 'text', text: 'text', shape: 'text' };

export function elementsRoot(doc: Y.Doc): Y.Map<ElementMap> {
  return doc.getMap<ElementMap>(roots.elements);
}

export function elementMap(doc: Y.Doc, id: string): ElementMap | undefined {
  const map = elementsRoot(doc).get(id);
  return map instanceof Y.Map ? map : undefined;
}

/** Builds the Y.Map for a validated element (not yet attached to a document). */
export function toElementMap(element: BoardElement): ElementMap {
  const map = new Y.Map<unknown>();
  const textField = textFields[element.type];
  for (const [key, value] of Object.entries(element)) {
    if (key === 'id') continue;
    if (key === textField) map.set(key, new Y.Text(value as string));
    else map.set(key, Array.isArray(value) ? [...(value as unknown[])] : value);
  }
  return map;
}

/**
 * Values a version-1 note lacked, and that an older or foreign client may still omit: filled
 * in on read so such an element shows instead of vanishing. Per type, so the schema sees no
 * stray keys (zod parses those more slowly, and a 2,000-note board is read on every projection).
 */
const common = { z: 0, locked: false, createdBy: '' };
const lenientDefaults: Record<ElementType, Record<string, unknown>> = {
  note: { ...common, author: '', tags: [], hidden: false },
  text: { ...common, fontSize: 24 },
  shape: { ...common, shape: 'rectangle' },
  connector: { ...common, fromSide: null, toSide: null, label: '', arrow: true },
  image: { ...common, alt: '' },
  frame: { ...common, title: '', order: 0 },
  zone: { ...common, zoneKey: '', title: '', prompt: '' },
};

/** Text longer than its limit is cut rather than making the whole element unreadable. */
const textLimits: Record<ElementType, readonly (readonly [string, number])[]> = {
  note: [['text', limits.noteText], ['author', limits.shortText]],
  text: [['text', limits.longText]],
  shape: [['text', limits.noteText]],
  connector: [['label', limits.shortText]],
  image: [['alt', limits.shortText]],
  frame: [['title', limits.title]],
  zone: [['title', limits.title], ['prompt', limits.longText]],
};

/** Reads one element as plain values; undefined when it is malformed (foreign or damaged data). */
export function readElementMap(id: string, map: unknown): BoardElement | undefined {
  if (!(map instanceof Y.Map)) return undefined;
  const type = map.get('type') as ElementType;
  const defaults = typeof type === 'string' && Object.hasOwn(lenientDefaults, type) ? lenientDefaults[type] : undefined;
  if (!defaults) return undefined;
  const raw: Record<string, unknown> = { ...defaults, id };
  map.forEach((value, key) => {
    raw[key] = value instanceof Y.Text ? value.toString() : value;
  });
  for (const [key, max] of textLimits[type]) {
    const value = raw[key];
    if (typeof value === 'string' && value.length > max) raw[key] = value.slice(0, max);
  }
  const parsed = BoardElement.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Every well-formed element of a board; malformed entries are skipped, never thrown on. */
export function readElements(doc: Y.Doc): BoardElement[] {
  const elements: BoardElement[] = [];
  elementsRoot(doc).forEach((map, id) => {
    const element = readElementMap(id, map);
    if (element) elements.push(element);
  });
  return elements;
}

export function readElement(doc: Y.Doc, id: string): BoardElement | undefined {
  return readElementMap(id, elementsRoot(doc).get(id));
}

/** The highest stacking order on the board (0 when empty), so a new element goes in front. */
export function maxZ(doc: Y.Doc): number {
  let max = 0;
  elementsRoot(doc).forEach((map) => {
    const z = map instanceof Y.Map ? map.get('z') : undefined;
    if (typeof z === 'number' && Number.isFinite(z) && z > max) max = z;
  });
  return max;
}
