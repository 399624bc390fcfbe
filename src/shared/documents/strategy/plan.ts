import * as Y from 'yjs';
import { z } from 'zod';
import { validationKeys } from '../../domain/errors';
import { limits } from '../../domain/limits';
import { optionalText, requiredText } from '../../domain/text';
import { methodToolRoot } from '../methodRoots';
import { readNumber, readString } from '../values';
import { isPlanDate } from './calendar';

/**
 * The strategic plan of a `strategic-plan` board, in the board document's root map
 * `method:strategy`. Every entry sits directly in that root under a prefixed key
 * (`objective:<id>`, `initiative:<id>`, `milestone:<id>`, each a Y.Map of plain fields) beside the
 * `challenge` and `vision` texts. Flat keys, not a nested map per kind: two windows adding the
 * first objective at once would each create the nested map and one of them would be lost.
 */
export const strategyStatuses = ['not-started', 'in-progress', 'at-risk', 'done', 'cancelled'] as const;
export type StrategyStatus = (typeof strategyStatuses)[number];

export const strategyLimits = { objectives: 50, initiatives: 300, milestones: 300 } as const;

/** A calendar date the plan can place on its timeline; '' is refused as "required". */
export const PlanDate = z
  .string({ error: validationKeys.required })
  .trim()
  .min(1, { error: validationKeys.required, abort: true })
  .refine(isPlanDate, { error: validationKeys.invalidDate });

export const ObjectiveFields = z.object({
  title: requiredText(limits.title),
  description: optionalText(limits.longText),
});
export type ObjectiveFields = z.infer<typeof ObjectiveFields>;

export const InitiativeFields = z
  .object({
    objectiveId: z.string({ error: validationKeys.required }).min(1, { error: validationKeys.required }),
    name: requiredText(limits.title),
    owner: optionalText(),
    start: PlanDate,
    end: PlanDate,
    status: z.enum(strategyStatuses, { error: validationKeys.invalid }).default('not-started'),
  })
  // ISO dates compare as text in calendar order. Zod runs this even when a date was refused
  // already; the order of two dates is only worth a message when both are dates.
  .refine((fields) => !isPlanDate(String(fields.start)) || !isPlanDate(String(fields.end)) || fields.end >= fields.start, {
    path: ['end'],
    error: validationKeys.endBeforeStart,
  });
export type InitiativeFields = z.infer<typeof InitiativeFields>;
export type InitiativeFieldsInput = z.input<typeof InitiativeFields>;

/** A milestone's link as one value (`objective:<id>`, `initiative:<id>` or '' for none), as a select gives it. */
export const MilestoneFields = z.object({
  name: requiredText(limits.title),
  date: PlanDate,
  link: z.string().regex(/^((objective|initiative):[^:]+)?$/, { error: validationKeys.invalid }).default(''),
  done: z.boolean().default(false),
});
export type MilestoneFields = z.infer<typeof MilestoneFields>;
export type MilestoneFieldsInput = z.input<typeof MilestoneFields>;

export const PlanTextFields = z.object({ challenge: optionalText(limits.longText), vision: optionalText(limits.longText) });
export type PlanTextField = keyof z.infer<typeof PlanTextFields>;

export interface Objective extends ObjectiveFields {
  id: string;
  order: number;
  /** «O1», «O2»…: the objective's place in the plan. */
  code: string;
}

export interface Initiative extends InitiativeFields {
  id: string;
  order: number;
  /** «O1.2»: second initiative of the first objective; «–.1» when its objective was removed elsewhere. */
  code: string;
  /** False when its objective no longer exists (removed in another window while this was added). */
  placed: boolean;
}

export interface MilestoneLink {
  kind: 'objective' | 'initiative';
  id: string;
}

export interface Milestone {
  id: string;
  name: string;
  date: string;
  done: boolean;
  /** Undefined when not linked, or linked to something no longer in the plan. */
  link?: MilestoneLink;
  /** «H1», «H2»… in date order (the renderer swaps the letter for the language's). */
  number: number;
}

export interface StrategyPlan {
  challenge: string;
  vision: string;
  objectives: Objective[];
  /** Grouped by objective in plan order, then in the order they were added; unplaced ones last. */
  initiatives: Initiative[];
  /** By date, then name. */
  milestones: Milestone[];
}

export const entryPrefix = { objective: 'objective:', initiative: 'initiative:', milestone: 'milestone:' } as const;
export type EntryKind = keyof typeof entryPrefix;

export function strategyRoot(doc: Y.Doc): Y.Map<unknown> {
  return methodToolRoot(doc, 'strategy');
}

/** The entries of one kind as [id, map] pairs. */
export function entriesOf(doc: Y.Doc, kind: EntryKind): [string, Y.Map<unknown>][] {
  const prefix = entryPrefix[kind];
  const found: [string, Y.Map<unknown>][] = [];
  strategyRoot(doc).forEach((value, key) => {
    if (key.startsWith(prefix) && value instanceof Y.Map) found.push([key.slice(prefix.length), value as Y.Map<unknown>]);
  });
  return found;
}

export function entryOf(doc: Y.Doc, kind: EntryKind, id: string): Y.Map<unknown> | undefined {
  const value = strategyRoot(doc).get(entryPrefix[kind] + id);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}

function readStatus(map: Y.Map<unknown>): StrategyStatus {
  const value = map.get('status');
  return (strategyStatuses as readonly unknown[]).includes(value) ? (value as StrategyStatus) : 'not-started';
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || a.id.localeCompare(b.id);

/** The whole plan as plain values, numbered and sorted for display. */
export function readStrategyPlan(doc: Y.Doc): StrategyPlan {
  const root = strategyRoot(doc);
  const objectives = entriesOf(doc, 'objective')
    .map(([id, map]) => ({ id, title: readString(map, 'title'), description: readString(map, 'description'), order: readNumber(map, 'order'), code: '' }))
    .sort(byOrder)
    .map((objective, index) => ({ ...objective, code: `O${index + 1}` }));
  const objectiveIndex = new Map(objectives.map((objective, index) => [objective.id, index]));

  const all = entriesOf(doc, 'initiative').map(([id, map]) => ({
    id,
    objectiveId: readString(map, 'objectiveId'),
    name: readString(map, 'name'),
    owner: readString(map, 'owner'),
    start: readString(map, 'start'),
    end: readString(map, 'end'),
    status: readStatus(map),
    order: readNumber(map, 'order'),
  }));
  const initiatives: Initiative[] = [];
  const group = (members: typeof all, prefix: string, placed: boolean) =>
    members.sort(byOrder).forEach((initiative, index) => initiatives.push({ ...initiative, code: `${prefix}.${index + 1}`, placed }));
  objectives.forEach((objective) => group(all.filter((initiative) => initiative.objectiveId === objective.id), objective.code, true));
  group(all.filter((initiative) => !objectiveIndex.has(initiative.objectiveId)), '–', false);

  const initiativeIds = new Set(initiatives.map((initiative) => initiative.id));
  const milestones = entriesOf(doc, 'milestone')
    .map(([id, map]) => {
      const kind = readString(map, 'linkKind');
      const linkId = readString(map, 'linkId');
      const linked = (kind === 'objective' && objectiveIndex.has(linkId)) || (kind === 'initiative' && initiativeIds.has(linkId));
      const milestone: Milestone = { id, name: readString(map, 'name'), date: readString(map, 'date'), done: map.get('done') === true, number: 0 };
      if (linked) milestone.link = { kind: kind as MilestoneLink['kind'], id: linkId };
      return milestone;
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((milestone, index) => ({ ...milestone, number: index + 1 }));

  return { challenge: readString(root, 'challenge'), vision: readString(root, 'vision'), objectives, initiatives, milestones };
}

/** The value a milestone form's link select holds for a link. */
export function linkValue(link: MilestoneLink | undefined): string {
  return link ? `${link.kind}:${link.id}` : '';
}
