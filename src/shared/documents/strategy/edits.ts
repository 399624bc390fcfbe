import * as Y from 'yjs';
import type { z } from 'zod';
import { validationKeys } from '../../domain/errors';
import { newId } from '../../domain/ids';
import { orderBetween, reorder } from '../ordering';
import { readNumber, readString } from '../values';
import {
  entriesOf,
  entryOf,
  entryPrefix,
  InitiativeFields,
  MilestoneFields,
  ObjectiveFields,
  PlanTextFields,
  strategyLimits,
  strategyRoot,
  strategyStatuses,
  type InitiativeFieldsInput,
  type MilestoneFieldsInput,
  type PlanTextField,
  type StrategyStatus,
} from './plan';

/**
 * Every change to the plan: checked with the plan's schemas first (a refused value is never
 * stored), then written in one transaction with the caller's origin, so it syncs with the board
 * and is one step of its undo history.
 */
export interface FieldIssue {
  path: string;
  key: string;
}
export type WriteResult = { ok: true; id: string } | { ok: false; issues: FieldIssue[] };

function refusal(error: z.ZodError): WriteResult {
  return { ok: false, issues: error.issues.map((issue) => ({ path: issue.path.join('.'), key: issue.message })) };
}
const refused = (path: string, key: string): WriteResult => ({ ok: false, issues: [{ path, key }] });

/** Writes the fields that differ; nothing at all (no undo step) when none does. */
function writeFields(doc: Y.Doc, map: Y.Map<unknown>, fields: Record<string, unknown>, origin: unknown): void {
  const changed = Object.entries(fields).filter(([key, value]) => map.get(key) !== value);
  if (changed.length === 0) return;
  doc.transact(() => changed.forEach(([key, value]) => map.set(key, value)), origin);
}

function newEntry(doc: Y.Doc, kind: keyof typeof entryPrefix, fields: Record<string, unknown>, origin: unknown): string {
  const id = newId();
  const map = new Y.Map<unknown>();
  Object.entries(fields).forEach(([key, value]) => map.set(key, value));
  doc.transact(() => strategyRoot(doc).set(entryPrefix[kind] + id, map), origin);
  return id;
}

const nextOrder = (orders: number[]) => orderBetween(orders.length ? Math.max(...orders) : undefined, undefined);

/** The challenge or the vision; returns the validation key when refused. */
export function setPlanText(doc: Y.Doc, field: PlanTextField, value: string, origin?: unknown): string | undefined {
  const parsed = PlanTextFields.shape[field].safeParse(value);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? validationKeys.invalid;
  writeFields(doc, strategyRoot(doc), { [field]: parsed.data }, origin);
  return undefined;
}

export function addObjective(doc: Y.Doc, input: z.input<typeof ObjectiveFields>, origin?: unknown): WriteResult {
  const parsed = ObjectiveFields.safeParse(input);
  if (!parsed.success) return refusal(parsed.error);
  const existing = entriesOf(doc, 'objective');
  if (existing.length >= strategyLimits.objectives) return refused('title', validationKeys.tooMany);
  const order = nextOrder(existing.map(([, map]) => readNumber(map, 'order')));
  return { ok: true, id: newEntry(doc, 'objective', { ...parsed.data, order }, origin) };
}

/** One field of an objective (edited in place); returns the validation key when refused. */
export function setObjectiveField(doc: Y.Doc, id: string, field: keyof ObjectiveFields, value: string, origin?: unknown): string | undefined {
  const parsed = ObjectiveFields.shape[field].safeParse(value);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? validationKeys.invalid;
  const map = entryOf(doc, 'objective', id);
  if (map) writeFields(doc, map, { [field]: parsed.data }, origin);
  return undefined;
}

/** Moves an objective to `toIndex` of the plan's order by changing only its `order`. */
export function moveObjective(doc: Y.Doc, id: string, toIndex: number, origin?: unknown): boolean {
  const sorted = entriesOf(doc, 'objective')
    .map(([key, map]) => ({ id: key, order: readNumber(map, 'order') }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const writes = reorder(sorted, id, toIndex);
  if (!writes) return false;
  doc.transact(() => writes.forEach((order, objectiveId) => entryOf(doc, 'objective', objectiveId)?.set('order', order)), origin);
  return true;
}

/** What removing an objective takes with it: its initiatives and the milestones linked to either. */
export function objectiveDependents(doc: Y.Doc, id: string): { initiatives: string[]; milestones: string[] } {
  const initiatives = entriesOf(doc, 'initiative').filter(([, map]) => readString(map, 'objectiveId') === id).map(([key]) => key);
  const linked = new Set([id, ...initiatives]);
  const milestones = entriesOf(doc, 'milestone').filter(([, map]) => linked.has(readString(map, 'linkId'))).map(([key]) => key);
  return { initiatives, milestones };
}

/** Removes an objective with its initiatives and their milestones, as one undo step. */
export function removeObjective(doc: Y.Doc, id: string, origin?: unknown): boolean {
  if (!entryOf(doc, 'objective', id)) return false;
  const { initiatives, milestones } = objectiveDependents(doc, id);
  doc.transact(() => {
    const root = strategyRoot(doc);
    root.delete(entryPrefix.objective + id);
    initiatives.forEach((key) => root.delete(entryPrefix.initiative + key));
    milestones.forEach((key) => root.delete(entryPrefix.milestone + key));
  }, origin);
  return true;
}

function checkInitiative(doc: Y.Doc, input: InitiativeFieldsInput): { ok: true; fields: InitiativeFields } | { ok: false; result: WriteResult } {
  const parsed = InitiativeFields.safeParse(input);
  if (!parsed.success) return { ok: false, result: refusal(parsed.error) };
  if (!entryOf(doc, 'objective', parsed.data.objectiveId)) return { ok: false, result: refused('objectiveId', validationKeys.invalid) };
  return { ok: true, fields: parsed.data };
}

function initiativeOrderIn(doc: Y.Doc, objectiveId: string): number {
  return nextOrder(entriesOf(doc, 'initiative').filter(([, map]) => readString(map, 'objectiveId') === objectiveId).map(([, map]) => readNumber(map, 'order')));
}

export function addInitiative(doc: Y.Doc, input: InitiativeFieldsInput, origin?: unknown): WriteResult {
  const checked = checkInitiative(doc, input);
  if (!checked.ok) return checked.result;
  if (entriesOf(doc, 'initiative').length >= strategyLimits.initiatives) return refused('name', validationKeys.tooMany);
  const order = initiativeOrderIn(doc, checked.fields.objectiveId);
  return { ok: true, id: newEntry(doc, 'initiative', { ...checked.fields, order }, origin) };
}

/** Rewrites an initiative's fields; one moved to another objective goes last there. */
export function updateInitiative(doc: Y.Doc, id: string, input: InitiativeFieldsInput, origin?: unknown): WriteResult {
  const map = entryOf(doc, 'initiative', id);
  if (!map) return refused('name', validationKeys.invalid);
  const checked = checkInitiative(doc, input);
  if (!checked.ok) return checked.result;
  const moved = readString(map, 'objectiveId') !== checked.fields.objectiveId;
  writeFields(doc, map, { ...checked.fields, ...(moved ? { order: initiativeOrderIn(doc, checked.fields.objectiveId) } : {}) }, origin);
  return { ok: true, id };
}

export function setInitiativeStatus(doc: Y.Doc, id: string, status: StrategyStatus, origin?: unknown): boolean {
  const map = entryOf(doc, 'initiative', id);
  if (!map || !strategyStatuses.includes(status)) return false;
  writeFields(doc, map, { status }, origin);
  return true;
}

/** Removes an initiative; its milestones stay in the plan, linked to its objective instead. */
export function removeInitiative(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const map = entryOf(doc, 'initiative', id);
  if (!map) return false;
  const objectiveId = readString(map, 'objectiveId');
  const milestones = entriesOf(doc, 'milestone').filter(([, milestone]) => readString(milestone, 'linkKind') === 'initiative' && readString(milestone, 'linkId') === id);
  doc.transact(() => {
    strategyRoot(doc).delete(entryPrefix.initiative + id);
    milestones.forEach(([, milestone]) => {
      milestone.set('linkKind', 'objective');
      milestone.set('linkId', objectiveId);
    });
  }, origin);
  return true;
}

function checkMilestone(doc: Y.Doc, input: MilestoneFieldsInput): { ok: true; fields: Record<string, unknown> } | { ok: false; result: WriteResult } {
  const parsed = MilestoneFields.safeParse(input);
  if (!parsed.success) return { ok: false, result: refusal(parsed.error) };
  const { link, ...rest } = parsed.data;
  const [kind = '', linkId = ''] = link ? link.split(':') : [];
  if (link && !entryOf(doc, kind as 'objective' | 'initiative', linkId)) return { ok: false, result: refused('link', validationKeys.invalid) };
  return { ok: true, fields: { ...rest, linkKind: kind, linkId } };
}

export function addMilestone(doc: Y.Doc, input: MilestoneFieldsInput, origin?: unknown): WriteResult {
  const checked = checkMilestone(doc, input);
  if (!checked.ok) return checked.result;
  if (entriesOf(doc, 'milestone').length >= strategyLimits.milestones) return refused('name', validationKeys.tooMany);
  return { ok: true, id: newEntry(doc, 'milestone', checked.fields, origin) };
}

export function updateMilestone(doc: Y.Doc, id: string, input: MilestoneFieldsInput, origin?: unknown): WriteResult {
  const map = entryOf(doc, 'milestone', id);
  if (!map) return refused('name', validationKeys.invalid);
  const checked = checkMilestone(doc, input);
  if (!checked.ok) return checked.result;
  // «Cumplido» is ticked in the table (setMilestoneDone), not in this form: a form opened before
  // the tick (here or in another window) must not untick it when it is saved.
  const { done: _done, ...fields } = checked.fields;
  writeFields(doc, map, fields, origin);
  return { ok: true, id };
}

export function setMilestoneDone(doc: Y.Doc, id: string, done: boolean, origin?: unknown): boolean {
  const map = entryOf(doc, 'milestone', id);
  if (!map) return false;
  writeFields(doc, map, { done }, origin);
  return true;
}

export function removeMilestone(doc: Y.Doc, id: string, origin?: unknown): boolean {
  if (!entryOf(doc, 'milestone', id)) return false;
  doc.transact(() => strategyRoot(doc).delete(entryPrefix.milestone + id), origin);
  return true;
}
