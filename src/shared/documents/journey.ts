import * as Y from 'yjs';
import { z } from 'zod';
import { newId } from '../domain/ids';
import { limits } from '../domain/limits';
import { readNumber, readString } from './values';
import { orderBetween, reorder } from './ordering';

/**
 * The structured journey of a journey-map board, in the board document's root map `journey`:
 * one Y.Map per stage keyed by stage id, with its name, its place (`order`, a number so a move
 * is one field change), its emotion (-2 … +2) and one text per lane. Living in the board
 * document, it syncs and undoes with the board: every change takes the caller's origin.
 */
export const journeyRoot = 'journey';

export const journeyLanes = ['actions', 'touchpoints', 'channels', 'emotions', 'pain-points', 'opportunities'] as const;
export type JourneyLane = (typeof journeyLanes)[number];

export const emotionRange = { min: -2, max: 2 } as const;
export const maxStages = 30;

export const JourneyStage = z.object({
  id: z.string(),
  name: z.string(),
  order: z.number(),
  emotion: z.number().int().min(emotionRange.min).max(emotionRange.max),
  lanes: z.record(z.enum(journeyLanes), z.string()),
});
export type JourneyStage = z.infer<typeof JourneyStage>;

type StageMap = Y.Map<unknown>;
const seededKey = 'seeded';
/** The id of the board text element that shows the stage's name above its column. */
const headerKey = 'header';

/** Stage maps keyed by id, plus the `seeded` flag. */
export function journeyMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(journeyRoot);
}

function stageOf(doc: Y.Doc, id: string): StageMap | undefined {
  const map = journeyMap(doc).get(id);
  return map instanceof Y.Map ? (map as StageMap) : undefined;
}

const laneKey = (lane: JourneyLane) => `lane:${lane}`;

export function clampEmotion(value: number): number {
  return Math.max(emotionRange.min, Math.min(emotionRange.max, Math.round(Number.isFinite(value) ? value : 0)));
}

export function readJourney(doc: Y.Doc): JourneyStage[] {
  const stages: JourneyStage[] = [];
  journeyMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const lanes = Object.fromEntries(journeyLanes.map((lane) => [lane, readString(map, laneKey(lane))])) as Record<JourneyLane, string>;
    stages.push({ id, name: readString(map, 'name'), order: readNumber(map, 'order', 0), emotion: clampEmotion(readNumber(map, 'emotion', 0)), lanes });
  });
  return stages.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/**
 * Seeds the template's stages on a journey that has none. The ids are fixed (`stage-1` …, the
 * prefix of the template's zone keys), so two windows seeding at once write the same entries
 * instead of doubling the stages. Only a journey never seeded is filled. Returns whether it wrote anything.
 */
export function seedJourney(doc: Y.Doc, names: readonly string[], origin?: unknown): boolean {
  const root = journeyMap(doc);
  if (root.size > 0) return false;
  doc.transact(() => {
    // Remembered so that a journey whose stages were all removed on purpose is not refilled.
    root.set(seededKey, true);
    names.forEach((name, index) => root.set(`stage-${index + 1}`, stageMap(name.slice(0, limits.title), index + 1)));
  }, origin);
  return true;
}

function stageMap(name: string, order: number): StageMap {
  const map = new Y.Map<unknown>();
  map.set('name', name);
  map.set('order', order);
  map.set('emotion', 0);
  return map;
}

/** Adds a stage after `afterId` (or at the end) and returns its id; undefined when the journey is full. */
export function addStage(doc: Y.Doc, name: string, origin?: unknown, afterId?: string): string | undefined {
  const stages = readJourney(doc);
  if (stages.length >= maxStages) return undefined;
  const index = afterId ? stages.findIndex((stage) => stage.id === afterId) : -1;
  const order = index >= 0 ? orderBetween(stages[index]?.order, stages[index + 1]?.order) : orderBetween(stages.at(-1)?.order, undefined);
  const id = newId();
  doc.transact(() => journeyMap(doc).set(id, stageMap(name.slice(0, limits.title), order)), origin);
  return id;
}

/** Whether the template's stages were ever written here (even if all were removed since). */
export function isJourneySeeded(doc: Y.Doc): boolean {
  return journeyMap(doc).size > 0;
}

/** Stage ids in journey order, one string, so a reader can tell cheaply whether the order changed. */
export function journeyStageOrder(doc: Y.Doc): string {
  return readJourney(doc).map((stage) => stage.id).join('\n');
}

export function stageHeaderId(doc: Y.Doc, id: string): string | undefined {
  const header = stageOf(doc, id)?.get(headerKey);
  return typeof header === 'string' ? header : undefined;
}

/** Remembers which board element is the stage's header (see templates/journeyLayout.ts). */
export function linkStageHeader(doc: Y.Doc, id: string, elementId: string, origin?: unknown): boolean {
  return setField(doc, id, headerKey, elementId, origin);
}

export function removeStage(doc: Y.Doc, id: string, origin?: unknown): boolean {
  if (!stageOf(doc, id)) return false;
  doc.transact(() => journeyMap(doc).delete(id), origin);
  return true;
}

function setField(doc: Y.Doc, id: string, key: string, value: unknown, origin: unknown): boolean {
  const map = stageOf(doc, id);
  if (!map || map.get(key) === value) return false;
  doc.transact(() => map.set(key, value), origin);
  return true;
}

export function renameStage(doc: Y.Doc, id: string, name: string, origin?: unknown): boolean {
  return setField(doc, id, 'name', name.slice(0, limits.title), origin);
}

export function setStageEmotion(doc: Y.Doc, id: string, emotion: number, origin?: unknown): boolean {
  return setField(doc, id, 'emotion', clampEmotion(emotion), origin);
}

export function setStageLane(doc: Y.Doc, id: string, lane: JourneyLane, text: string, origin?: unknown): boolean {
  return setField(doc, id, laneKey(lane), text.slice(0, limits.longText), origin);
}

/** Moves a stage to position `toIndex` of the current order (see `ordering.ts`). */
export function moveStage(doc: Y.Doc, id: string, toIndex: number, origin?: unknown): boolean {
  const writes = reorder(readJourney(doc), id, toIndex);
  if (!writes) return false;
  doc.transact(() => writes.forEach((order, stageId) => stageOf(doc, stageId)?.set('order', order)), origin);
  return true;
}
