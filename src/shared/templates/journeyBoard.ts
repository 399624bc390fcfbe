import * as Y from 'yjs';
import { completeElement } from '../board/defaults';
import { elementMap, elementsRoot, maxZ, toElementMap } from '../board/elementMaps';
import type { Locale } from '../contract/system';
import { newId } from '../domain/ids';
import {
  addStage,
  isJourneySeeded,
  journeyMap,
  linkStageHeader,
  moveStage,
  readJourney,
  removeStage,
  renameStage,
  stageHeaderId,
} from '../documents/journey';
import { readNumber, readString } from '../documents/values';
import { planJourneyLayout, type JourneyBoardState, type JourneyLayoutMode, type JourneyLayoutPlan } from './journeyLayout';

/*
 * The journey panel's stage actions, each applied to the journey AND the board's columns in ONE
 * transaction with the caller's origin, so one undo takes back both. Zones and headers are
 * locked template structure that the board's edit operations refuse to move or delete; this
 * module is the one place that rewrites them, and only to follow the journey.
 */

/** Who acts on the journey, and how their change is recorded. */
export interface JourneyEditor {
  /** The board session's local origin (tracked by that person's undo). */
  origin: unknown;
  /** The language new zone titles, questions and an unnamed stage's header are written in. */
  locale: Locale;
  /** Recorded as the creator of new zones and headers, as when the template was written. */
  clientId: string;
}

/** Layout done to follow changes made elsewhere: synced like any edit, but nobody's step to undo. */
export const journeyLayoutOrigin = 'journey-layout';

/** The journey and the few element fields the layout needs, read without validating whole elements. */
export function readJourneyBoard(doc: Y.Doc): JourneyBoardState {
  const stages = readJourney(doc).map((stage) => ({ id: stage.id, name: stage.name, headerId: stageHeaderId(doc, stage.id) }));
  const elements: JourneyBoardState['elements'] = [];
  elementsRoot(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    elements.push({
      id,
      type: readString(map, 'type'),
      x: readNumber(map, 'x'),
      y: readNumber(map, 'y'),
      width: readNumber(map, 'width', 1),
      height: readNumber(map, 'height', 1),
      locked: map.get('locked') === true,
      zoneKey: readString(map, 'zoneKey'),
    });
  });
  return { stages, elements, seeded: isJourneySeeded(doc) };
}

/**
 * Writes a plan, skipping values already in place. A header's text is written as a plain value
 * (last writer wins), not typed into a Y.Text: two windows renumbering the same header at once
 * would otherwise merge into "44. Hace el trámite".
 */
function writePlan(doc: Y.Doc, plan: JourneyLayoutPlan, clientId: string): void {
  const root = elementsRoot(doc);
  for (const id of plan.deletions) root.delete(id);
  for (const [id, fields] of plan.updates) {
    const map = elementMap(doc, id);
    if (!map) continue;
    for (const [key, value] of Object.entries(fields)) {
      const current = map.get(key);
      if ((current instanceof Y.Text ? current.toString() : current) !== value) map.set(key, value);
    }
  }
  let z = maxZ(doc);
  for (const { element, headerOf } of plan.creations) {
    const id = newId();
    const map = toElementMap(completeElement(element, { id, z: (z += 1), createdBy: clientId }));
    if (element.type === 'text') map.set('text', element.text ?? '');
    root.set(id, map);
    if (headerOf) linkStageHeader(doc, headerOf, id);
  }
  for (const { stageId, headerId } of plan.links) linkStageHeader(doc, stageId, headerId);
}

/** Lays the board out from the journey, inside the caller's transaction; returns what it planned. */
export function layoutJourneyBoard(doc: Y.Doc, mode: JourneyLayoutMode, locale: Locale, clientId = ''): JourneyLayoutPlan {
  const plan = planJourneyLayout(readJourneyBoard(doc), mode, locale);
  writePlan(doc, plan, clientId);
  return plan;
}

/** Runs a journey change and the layout it calls for as one transaction (one undo step). */
function withLayout<T>(doc: Y.Doc, editor: JourneyEditor, change: () => T, changed: (result: T) => boolean): { result: T; plan?: JourneyLayoutPlan } {
  let outcome: { result: T; plan?: JourneyLayoutPlan } | undefined;
  doc.transact(() => {
    const result = change();
    outcome = { result, plan: changed(result) ? layoutJourneyBoard(doc, 'rebuild', editor.locale, editor.clientId) : undefined };
  }, editor.origin);
  return outcome as { result: T; plan?: JourneyLayoutPlan };
}

/** Adds a stage after `afterId` (or at the end) with its column; undefined when the journey is full. */
export function addJourneyStage(doc: Y.Doc, name: string, editor: JourneyEditor, afterId?: string): string | undefined {
  return withLayout(doc, editor, () => addStage(doc, name, editor.origin, afterId), (id) => id !== undefined).result;
}

/**
 * Removes a stage and its column; the columns to its right close the gap. What the group wrote
 * in the column is not deleted with it: it moves to the "without a stage" area below the lanes
 * (see journeyLayout.ts), from where a facilitator drags it to another stage, and one undo puts
 * it all back. Returns how many elements were moved there, so the panel can say so.
 */
export function removeJourneyStage(doc: Y.Doc, id: string, editor: JourneyEditor): { removed: boolean; parked: number } {
  const change = () => {
    // The header it remembers goes with it, wherever someone may have dragged it.
    const header = stageHeaderId(doc, id);
    const removed = removeStage(doc, id, editor.origin);
    if (removed && header) elementsRoot(doc).delete(header);
    return removed;
  };
  const { result, plan } = withLayout(doc, editor, change, (removed) => removed);
  return { removed: result, parked: plan?.parked.length ?? 0 };
}

/** Moves a stage to `toIndex`; its column and what lies in it move along, the others make room. */
export function moveJourneyStage(doc: Y.Doc, id: string, toIndex: number, editor: JourneyEditor): boolean {
  return withLayout(doc, editor, () => moveStage(doc, id, toIndex, editor.origin), (moved) => moved).result;
}

/** Renames a stage and the header above its column. */
export function renameJourneyStage(doc: Y.Doc, id: string, name: string, editor: JourneyEditor): boolean {
  return withLayout(doc, editor, () => renameStage(doc, id, name, editor.origin), (renamed) => renamed).result;
}

/**
 * Brings the columns in line with a journey changed elsewhere (another window, an undo):
 * when two people add stages at once, each adds a column at the same place; once both edits
 * have arrived, this moves one aside. Never creates or deletes. Returns whether it wrote.
 */
export function followJourney(doc: Y.Doc, locale: Locale, origin: unknown = journeyLayoutOrigin): boolean {
  const plan = planJourneyLayout(readJourneyBoard(doc), 'follow', locale);
  let wrote = false;
  doc.transact((transaction) => {
    writePlan(doc, plan, '');
    wrote = transaction.changed.size > 0;
  }, origin);
  return wrote;
}

/** What the board shows of the journey: the stages' order and names. */
const shownJourney = (doc: Y.Doc) => readJourney(doc).map((stage) => `${stage.id}\t${stage.name}`).join('\n');

/**
 * While a board is open: whenever the stages' order or names change, whoever changed them,
 * follow. After a person's own action this writes nothing (the action laid the board out
 * already); after concurrent edits or an undo it closes gaps and overlaps and renumbers the
 * headers. Every action changes the order or a name, so each replica re-runs this once the last
 * action has reached it, on the same state as the others. Returns the stop function.
 */
export function followJourneyChanges(doc: Y.Doc, locale: Locale): () => void {
  const root = journeyMap(doc);
  let shown = shownJourney(doc);
  const observer = () => {
    const next = shownJourney(doc);
    if (next === shown) return;
    shown = next;
    followJourney(doc, locale);
  };
  root.observeDeep(observer);
  return () => root.unobserveDeep(observer);
}
