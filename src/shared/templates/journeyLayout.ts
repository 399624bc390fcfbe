import type { NewElement } from '../board/elements';
import type { Locale } from '../contract/system';
import { journeyLanes, type JourneyLane } from '../documents/journey';
import {
  journeyGrid,
  journeyGridBottom,
  journeyHeaderText,
  journeyLaneText,
  journeyUnplacedArea,
  journeyZoneTitle,
  laneY,
  stageX,
  untitledJourneyStage,
} from './journey-map';
import { journeyZoneKey, parseJourneyZoneKey } from './journeyZones';

/**
 * Where a journey board's columns belong, computed from the journey alone: stage `i` (in the
 * panel's order) has its six lane zones and its header at `stageX(i)`. The plan says what to
 * write to get there, so laying out twice writes nothing the second time, and two windows that
 * see the same journey compute the same board.
 *
 * A stage's column is found by its zones' keys (`<stage id>-<lane>`), its header by the id the
 * stage remembers or, on boards made before headers were linked, by the text sitting exactly in
 * the header slot above its column. Everything else whose centre lies inside a column (notes,
 * texts, shapes, images, frames) is the stage's content and moves with the column; locked
 * elements stay, as everywhere else on the board.
 */

/** One board element as the layout needs it, read defensively from the document. */
export interface LayoutElement {
  id: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  locked: boolean;
  /** '' for anything but a zone. */
  zoneKey: string;
}

export interface LayoutStage {
  id: string;
  name: string;
  headerId?: string;
}

export interface JourneyBoardState {
  /** In the panel's order. */
  stages: LayoutStage[];
  elements: LayoutElement[];
  /** Until the panel first writes the template's stages, no zone is a removed stage's. */
  seeded: boolean;
}

/**
 * `rebuild` (a facilitator's action in the panel): create missing zones and headers, remove the
 * columns of removed stages and park their content. `follow` (after changes made elsewhere):
 * only move and renumber what exists, because two windows creating or deleting at once would
 * double or lose things, while moving to the same computed place converges.
 */
export type JourneyLayoutMode = 'rebuild' | 'follow';

export interface JourneyLayoutPlan {
  /** Fields to give existing elements; the writer skips values already there. */
  updates: Map<string, Record<string, unknown>>;
  /** New lane zones and headers; `headerOf` names the stage a new header belongs to. */
  creations: { element: NewElement; headerOf?: string }[];
  /** Existing texts that become a stage's header. */
  links: { stageId: string; headerId: string }[];
  deletions: string[];
  /** Content of removed stages, moved into the "without a stage" area. */
  parked: string[];
}

interface Column {
  x: number | undefined;
  zones: Map<JourneyLane, LayoutElement>;
}

const { stageWidth, laneHeight, gap, headerHeight } = journeyGrid;
/** The "without a stage" area sits this far below the lanes, with room for its title and question. */
const area = { margin: 40, padding: 20, titleSpace: 100, minHeight: 260 } as const;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const centre = (element: LayoutElement) => ({ x: element.x + element.width / 2, y: element.y + element.height / 2 });
/** A column owns the half gap on each side, so every point across the grid belongs to one column. */
const inColumn = (x: number, columnX: number) => x >= columnX - gap / 2 && x < columnX + stageWidth + gap / 2;
const isContent = (element: LayoutElement) => element.type !== 'zone' && element.type !== 'connector';

export function planJourneyLayout(state: JourneyBoardState, mode: JourneyLayoutMode, locale: Locale): JourneyLayoutPlan {
  const plan: JourneyLayoutPlan = { updates: new Map(), creations: [], links: [], deletions: [], parked: [] };
  if (!state.seeded) return plan;
  const rebuild = mode === 'rebuild';
  const update = (id: string, fields: Record<string, unknown>) => plan.updates.set(id, { ...plan.updates.get(id), ...fields });
  const live = new Set(state.stages.map((stage) => stage.id));
  const elements = [...state.elements].sort(byId);
  const { columns, areas } = readColumns(elements, plan, rebuild);

  const headers = findHeaders(state.stages, elements, columns);
  const removedColumns = [...columns].filter(([stageId, column]) => !live.has(stageId) && column.x !== undefined);
  const removedHeaders = removedColumns.map(([, column]) => headers.inSlot(column.x as number)).filter((header) => header !== undefined);

  const { contentOf, homeless } = assignContent(state.stages, elements, columns, removedColumns, headers.claimed);

  state.stages.forEach((stage, index) => {
    const x = stageX(index);
    const column = columns.get(stage.id);
    journeyLanes.forEach((lane, laneIndex) => {
      const rect = { x, y: laneY(laneIndex), width: stageWidth, height: laneHeight };
      const title = journeyZoneTitle(lane, index + 1)[locale];
      const zone = column?.zones.get(lane);
      // The stored title is for search and readers without the template (the canvas numbers zones
      // live): left to actions, so windows in two languages following the same change do not
      // overwrite each other's.
      if (zone) update(zone.id, rebuild ? { ...rect, title } : rect);
      else if (rebuild) {
        const { prompt, color } = journeyLaneText[lane];
        plan.creations.push({ element: { type: 'zone', zoneKey: journeyZoneKey(stage.id, lane), title, prompt: prompt[locale], color, locked: true, ...rect } });
      }
    });
    const header = headers.of.get(stage.id);
    const rect = { x, y: 0, width: stageWidth, height: headerHeight };
    const text = journeyHeaderText(index + 1, stage.name || untitledJourneyStage[locale]);
    if (header) {
      update(header.id, rebuild ? { ...rect, text, locked: true } : { ...rect, text });
      if (rebuild && header.id !== stage.headerId) plan.links.push({ stageId: stage.id, headerId: header.id });
    } else if (rebuild) plan.creations.push({ element: { type: 'text', ...rect, text, locked: true }, headerOf: stage.id });
    const dx = column?.x === undefined ? 0 : x - column.x;
    if (dx !== 0) for (const element of contentOf.get(stage.id) ?? []) update(element.id, { x: element.x + dx });
  });

  if (!rebuild) return plan;
  for (const [, column] of removedColumns) plan.deletions.push(...[...column.zones.values()].map((zone) => zone.id));
  plan.deletions.push(...removedHeaders.map((header) => header.id));
  placeUnplacedArea(plan, state.stages.length, areas, elements.filter((element) => isContent(element) && !headers.claimed.has(element.id)), homeless, locale);
  return plan;
}

/**
 * Content belongs to the first current stage whose column holds its centre (columns that two
 * concurrent additions put at one place are told apart this way), else it is homeless when a
 * removed stage's column holds it. Locked elements and anything above or below the lanes stay.
 */
function assignContent(
  stages: readonly LayoutStage[], elements: LayoutElement[], columns: Map<string, Column>, removedColumns: [string, Column][], headers: Set<string>,
) {
  const contentOf = new Map<string, LayoutElement[]>();
  const homeless: LayoutElement[] = [];
  for (const element of elements) {
    if (!isContent(element) || element.locked || headers.has(element.id)) continue;
    const point = centre(element);
    if (point.y < 0 || point.y > journeyGridBottom) continue;
    const owner = stages.find((stage) => {
      const x = columns.get(stage.id)?.x;
      return x !== undefined && inColumn(point.x, x);
    });
    if (owner) {
      const list = contentOf.get(owner.id) ?? [];
      list.push(element);
      contentOf.set(owner.id, list);
    } else if (removedColumns.some(([, column]) => inColumn(point.x, column.x as number))) homeless.push(element);
  }
  return { contentOf, homeless };
}

/** The lane zones of each stage (current or removed) and the "without a stage" areas, lowest id first. */
function readColumns(elements: LayoutElement[], plan: JourneyLayoutPlan, rebuild: boolean) {
  const columns = new Map<string, Column>();
  const areas: LayoutElement[] = [];
  for (const element of elements) {
    if (element.type !== 'zone') continue;
    if (element.zoneKey === journeyUnplacedArea.key) {
      areas.push(element);
      continue;
    }
    const parsed = parseJourneyZoneKey(element.zoneKey);
    if (!parsed) continue;
    const column = columns.get(parsed.stageId) ?? { x: undefined, zones: new Map() };
    columns.set(parsed.stageId, column);
    // Two windows that both filled in a missing column leave two zones per lane: the lowest id stays.
    if (column.zones.has(parsed.lane)) {
      if (rebuild) plan.deletions.push(element.id);
    } else column.zones.set(parsed.lane, element);
  }
  for (const column of columns.values()) column.x = journeyLanes.map((lane) => column.zones.get(lane)?.x).find((x) => x !== undefined);
  return { columns, areas };
}

/** Each stage's header: the element it remembers, else the text exactly in its column's header slot. */
function findHeaders(stages: readonly LayoutStage[], elements: LayoutElement[], columns: Map<string, Column>) {
  const index = new Map(elements.map((element) => [element.id, element]));
  const claimed = new Set<string>();
  const of = new Map<string, LayoutElement>();
  const inSlot = (x: number) => {
    const found = elements.find((element) => element.type === 'text' && !claimed.has(element.id) && element.x === x && element.y === 0 && element.width === stageWidth && element.height === headerHeight);
    if (found) claimed.add(found.id);
    return found;
  };
  // Remembered headers first, so a header found by its slot is never one another stage remembers.
  for (const stage of stages) {
    const remembered = stage.headerId ? index.get(stage.headerId) : undefined;
    if (remembered?.type !== 'text' || claimed.has(remembered.id)) continue;
    claimed.add(remembered.id);
    of.set(stage.id, remembered);
  }
  for (const stage of stages) {
    const x = columns.get(stage.id)?.x;
    const found = of.has(stage.id) || x === undefined ? undefined : inSlot(x);
    if (found) of.set(stage.id, found);
  }
  return { of, claimed, inSlot };
}

/**
 * Parks the content of removed stages below the lanes, in reading order, in rows under whatever
 * the area already holds; the area grows to fit and goes away once it is empty.
 */
function placeUnplacedArea(plan: JourneyLayoutPlan, stageCount: number, areas: LayoutElement[], content: LayoutElement[], homeless: LayoutElement[], locale: Locale) {
  const [existing, ...duplicates] = areas;
  plan.deletions.push(...duplicates.map((duplicate) => duplicate.id));
  const left = stageX(0);
  const top = journeyGridBottom + area.margin;
  const gridWidth = Math.max(1, stageCount) * (stageWidth + gap) - gap;
  const homelessIds = new Set(homeless.map((element) => element.id));
  const resting = existing
    ? content.filter((element) => {
        const point = centre(element);
        return !homelessIds.has(element.id) && point.x >= existing.x && point.x <= existing.x + existing.width && point.y >= existing.y && point.y <= existing.y + existing.height;
      })
    : [];
  let right = left + gridWidth;
  let bottom = Math.max(top + area.titleSpace, ...resting.map((element) => element.y + element.height + gap));
  let rowY = bottom;
  let cursor = left + area.padding;
  let rowHeight = 0;
  for (const element of [...homeless].sort((a, b) => a.y - b.y || a.x - b.x || byId(a, b))) {
    if (cursor > left + area.padding && cursor + element.width > left + gridWidth - area.padding) {
      rowY += rowHeight + gap;
      cursor = left + area.padding;
      rowHeight = 0;
    }
    plan.updates.set(element.id, { ...plan.updates.get(element.id), x: cursor, y: rowY });
    plan.parked.push(element.id);
    cursor += element.width + gap;
    rowHeight = Math.max(rowHeight, element.height);
    right = Math.max(right, cursor - gap + area.padding);
    bottom = Math.max(bottom, rowY + element.height);
  }
  for (const element of resting) right = Math.max(right, element.x + element.width + area.padding);
  if (resting.length === 0 && homeless.length === 0) {
    if (existing) plan.deletions.push(existing.id);
    return;
  }
  const rect = { x: left, y: top, width: right - left, height: Math.max(area.minHeight, bottom + area.padding - top) };
  const { key, title, prompt, color } = journeyUnplacedArea;
  if (existing) plan.updates.set(existing.id, { ...rect, title: title[locale], prompt: prompt[locale] });
  else plan.creations.push({ element: { type: 'zone', zoneKey: key, title: title[locale], prompt: prompt[locale], color, locked: true, ...rect } });
}
