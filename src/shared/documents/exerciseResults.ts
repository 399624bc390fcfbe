import * as Y from 'yjs';
import { ContributionKind, type Contribution, type ContributionFields } from '../domain/contribution';
import { type Indicator, type IndicatorFields } from '../domain/indicator';
import { Currency } from '../domain/money';
import { comparePeriods } from '../domain/period';
import { roots } from './schema';
import { readNumber, readString } from './values';

/**
 * Contributions and indicators in an exercise document. Each is a Y.Map in a root map keyed by
 * id, so two facilitators editing different entries (or different fields of one) both keep
 * their change. An indicator's targets and actuals are maps keyed by period: two people
 * recording different periods merge, and the same period recorded twice keeps one value (the
 * later writer's), as the IATI model has one actual per period.
 *
 * The roots are new, not a new shape for existing data, so no migration is needed: a document
 * written before them reads as having none, and an older Minga that syncs a newer document keeps
 * these roots untouched (Yjs carries roots it does not read).
 */
export const resultRoots = { contributions: 'contributions', indicators: 'indicators' } as const;

type EntryMap = Y.Map<unknown>;
const contributionsOf = (doc: Y.Doc) => doc.getMap<EntryMap>(resultRoots.contributions);
const indicatorsOf = (doc: Y.Doc) => doc.getMap<EntryMap>(resultRoots.indicators);

function touchExercise(doc: Y.Doc, now: string): void {
  doc.getMap(roots.exercise).set('updatedAt', now);
}

function writeFields(map: EntryMap, fields: object): void {
  for (const [key, value] of Object.entries(fields)) if (map.get(key) !== value) map.set(key, value);
}

export function insertContribution(doc: Y.Doc, id: string, fields: ContributionFields, now: string): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    contributionsOf(doc).set(id, map);
    writeFields(map, { ...fields, createdAt: now });
    touchExercise(doc, now);
  });
}

export function updateContribution(doc: Y.Doc, id: string, fields: ContributionFields, now: string): boolean {
  const map = contributionsOf(doc).get(id);
  if (!map) return false;
  doc.transact(() => {
    writeFields(map, fields);
    touchExercise(doc, now);
  });
  return true;
}

export function removeContribution(doc: Y.Doc, id: string, now: string): boolean {
  const contributions = contributionsOf(doc);
  if (!contributions.has(id)) return false;
  doc.transact(() => {
    contributions.delete(id);
    touchExercise(doc, now);
  });
  return true;
}

/** Rewrites a period map to hold exactly `entries`, touching only periods that changed. */
function writePeriods(map: Y.Map<number>, entries: readonly { period: string; value: number }[]): void {
  const wanted = new Map(entries.map((entry) => [entry.period, entry.value]));
  for (const period of [...map.keys()]) if (!wanted.has(period)) map.delete(period);
  for (const [period, value] of wanted) if (map.get(period) !== value) map.set(period, value);
}

function writeIndicator(map: EntryMap, fields: IndicatorFields): void {
  const { baseline, targets, ...scalars } = fields;
  writeFields(map, { ...scalars, baselineValue: baseline.value, baselineDate: baseline.date });
  let periods = map.get('targets');
  if (!(periods instanceof Y.Map)) map.set('targets', (periods = new Y.Map<number>()));
  writePeriods(periods as Y.Map<number>, targets);
  if (!(map.get('actuals') instanceof Y.Map)) map.set('actuals', new Y.Map<unknown>());
}

export function insertIndicator(doc: Y.Doc, id: string, fields: IndicatorFields, now: string): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    indicatorsOf(doc).set(id, map);
    map.set('createdAt', now);
    writeIndicator(map, fields);
    touchExercise(doc, now);
  });
}

/** Edits what the indicator form holds; actuals are recorded one at a time and stay as they are. */
export function updateIndicator(doc: Y.Doc, id: string, fields: IndicatorFields, now: string): boolean {
  const map = indicatorsOf(doc).get(id);
  if (!map) return false;
  doc.transact(() => {
    writeIndicator(map, fields);
    touchExercise(doc, now);
  });
  return true;
}

export function removeIndicator(doc: Y.Doc, id: string, now: string): boolean {
  const indicators = indicatorsOf(doc);
  if (!indicators.has(id)) return false;
  doc.transact(() => {
    indicators.delete(id);
    touchExercise(doc, now);
  });
  return true;
}

/** Records (or corrects) the actual of one period; false when the indicator does not exist. */
export function recordActual(doc: Y.Doc, id: string, actual: { period: string; value: number }, now: string): boolean {
  const map = indicatorsOf(doc).get(id);
  if (!map) return false;
  doc.transact(() => {
    let actuals = map.get('actuals');
    if (!(actuals instanceof Y.Map)) map.set('actuals', (actuals = new Y.Map<unknown>()));
    (actuals as Y.Map<unknown>).set(actual.period, { value: actual.value, recordedAt: now });
    touchExercise(doc, now);
  });
  return true;
}

export function removeActual(doc: Y.Doc, id: string, period: string, now: string): boolean {
  const actuals = indicatorsOf(doc).get(id)?.get('actuals');
  if (!(actuals instanceof Y.Map) || !actuals.has(period)) return false;
  doc.transact(() => {
    actuals.delete(period);
    touchExercise(doc, now);
  });
  return true;
}

/** Entries in the order they were added (map iteration order is not the same on every peer). */
function byCreation(entries: [string, EntryMap][]): [string, EntryMap][] {
  return entries
    .filter((entry) => entry[1] instanceof Y.Map)
    .sort(([idA, a], [idB, b]) => readString(a, 'createdAt').localeCompare(readString(b, 'createdAt')) || idA.localeCompare(idB));
}

export function readContributions(doc: Y.Doc): Contribution[] {
  return byCreation([...contributionsOf(doc).entries()]).flatMap(([id, map]) => {
    const kind = ContributionKind.safeParse(map.get('kind'));
    const currency = Currency.safeParse(map.get('currency'));
    const amountMinor = readNumber(map, 'amountMinor');
    // An amount that is not a whole number of minor units did not come from Minga: left out, not rounded.
    if (!currency.success || !Number.isSafeInteger(amountMinor)) return [];
    return [{
      id, contributor: readString(map, 'contributor'), kind: kind.success ? kind.data : 'cash', amountMinor,
      currency: currency.data, date: readString(map, 'date'), note: readString(map, 'note'),
    }];
  });
}

function readPeriods(value: unknown): { period: string; value: number }[] {
  if (!(value instanceof Y.Map)) return [];
  return [...value.entries()]
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]))
    .map(([period, number]) => ({ period, value: number }))
    .sort((a, b) => comparePeriods(a.period, b.period));
}

function readActuals(value: unknown): Indicator['actuals'] {
  if (!(value instanceof Y.Map)) return [];
  return [...value.entries()]
    .flatMap(([period, entry]) => {
      const record = entry as { value?: unknown; recordedAt?: unknown } | null;
      if (typeof record?.value !== 'number' || !Number.isFinite(record.value)) return [];
      return [{ period, value: record.value, recordedAt: typeof record.recordedAt === 'string' ? record.recordedAt : '' }];
    })
    .sort((a, b) => comparePeriods(a.period, b.period));
}

export function readIndicators(doc: Y.Doc): Indicator[] {
  return byCreation([...indicatorsOf(doc).entries()]).map(([id, map]) => ({
    id,
    title: readString(map, 'title'),
    unit: readString(map, 'unit'),
    baseline: { value: readNumber(map, 'baselineValue'), date: readString(map, 'baselineDate') },
    targets: readPeriods(map.get('targets')),
    actuals: readActuals(map.get('actuals')),
    source: readString(map, 'source'),
    responsible: readString(map, 'responsible'),
  }));
}
