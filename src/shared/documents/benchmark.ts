import Decimal from 'decimal.js';
import * as Y from 'yjs';
import { z } from 'zod';
import { validationKeys } from '../domain/errors';
import { newId } from '../domain/ids';
import { limits } from '../domain/limits';
import { isScore, scoreScale } from '../methods/benchmark/score';
import { orderBetween, reorder } from './ordering';
import { methodToolRoot } from './methodRoots';
import { readNumber, readString } from './values';

/**
 * The benchmarking matrix of a board, in the board document's root map `method:benchmark`. Every
 * entry sits directly in that root, so nothing is ever created twice by two windows at once:
 * - `case:<id>` → Y.Map { organisation, country, source, description, order }
 * - `criterion:<id>` → Y.Map { name, weight, order }
 * - `score:<caseId>:<criterionId>` → an integer 1–5 (absent: not scored yet)
 * - `evidence:<caseId>:<criterionId>` → the note saying why (absent: none)
 * One key per cell value means two people scoring different cells, or the score and the note of
 * the same cell, merge. Every write is one transaction with the caller's origin: one undo step.
 */
export const maxCases = 50;
export const maxCriteria = 30;
export const maxWeight = 1000;

const shortText = z.string().trim().max(limits.shortText, { error: validationKeys.tooLong });
const requiredText = shortText.min(1, { error: validationKeys.required });

/** Only links a browser opens as a page: `javascript:`, `data:`, `file:` and the like are refused. */
export function isWebLink(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // Credentials in a link are a classic way to disguise where it really goes.
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && !url.username && !url.password;
}

export const CaseFields = z.object({
  organisation: requiredText,
  country: shortText,
  source: z.string().trim().max(2000, { error: validationKeys.tooLong }).refine((value) => value === '' || isWebLink(value), { error: validationKeys.webLink }),
  description: z.string().trim().max(limits.longText, { error: validationKeys.tooLong }),
});
export type CaseFields = z.infer<typeof CaseFields>;

/** Positive, at most 1,000 and two decimals: enough for points or percentages, and exact to add. */
export function isWeight(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value <= maxWeight && new Decimal(value).decimalPlaces() <= 2;
}

export const CriterionFields = z.object({
  name: requiredText,
  weight: z.number({ error: validationKeys.invalidNumber }).refine(isWeight, { error: validationKeys.weightRange }),
});
export type CriterionFields = z.infer<typeof CriterionFields>;

export const Score = z.number({ error: validationKeys.scoreRange }).int({ error: validationKeys.scoreRange }).min(scoreScale.min, { error: validationKeys.scoreRange }).max(scoreScale.max, { error: validationKeys.scoreRange });
const Evidence = z.string().trim().max(limits.longText, { error: validationKeys.tooLong });

export interface BenchmarkCase extends CaseFields {
  id: string;
}
export interface BenchmarkCriterion extends CriterionFields {
  id: string;
}
export interface BenchmarkCell {
  score: number | undefined;
  evidence: string;
}
export interface Benchmark {
  cases: BenchmarkCase[];
  criteria: BenchmarkCriterion[];
  /** Scored or annotated cells only, keyed by `cellKey`. */
  cells: Record<string, BenchmarkCell>;
}

export const benchmarkRoot = (doc: Y.Doc): Y.Map<unknown> => methodToolRoot(doc, 'benchmark');
export const cellKey = (caseId: string, criterionId: string): string => `${caseId}:${criterionId}`;

const casePrefix = 'case:';
const criterionPrefix = 'criterion:';
const scorePrefix = 'score:';
const evidencePrefix = 'evidence:';

function entry(doc: Y.Doc, key: string): Y.Map<unknown> | undefined {
  const value = benchmarkRoot(doc).get(key);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}

/** The whole matrix as plain values, cases and criteria in their order. Unknown entries are ignored. */
export function readBenchmark(doc: Y.Doc): Benchmark {
  const cases: (BenchmarkCase & { order: number })[] = [];
  const criteria: (BenchmarkCriterion & { order: number })[] = [];
  const scores = new Map<string, number>();
  const notes = new Map<string, string>();
  benchmarkRoot(doc).forEach((value, key) => {
    if (value instanceof Y.Map && key.startsWith(casePrefix)) {
      const map = value as Y.Map<unknown>;
      cases.push({
        id: key.slice(casePrefix.length), order: readNumber(map, 'order'),
        organisation: readString(map, 'organisation'), country: readString(map, 'country'), description: readString(map, 'description'),
        // A link that is not a web link (a foreign client's) is not shown as one.
        source: isWebLink(readString(map, 'source')) ? readString(map, 'source') : '',
      });
    } else if (value instanceof Y.Map && key.startsWith(criterionPrefix)) {
      const map = value as Y.Map<unknown>;
      criteria.push({ id: key.slice(criterionPrefix.length), order: readNumber(map, 'order'), name: readString(map, 'name'), weight: readNumber(map, 'weight') });
    } else if (key.startsWith(scorePrefix) && isScore(value)) {
      scores.set(key.slice(scorePrefix.length), value);
    } else if (key.startsWith(evidencePrefix) && typeof value === 'string' && value !== '') {
      notes.set(key.slice(evidencePrefix.length), value);
    }
  });
  const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) => a.order - b.order || a.id.localeCompare(b.id);
  cases.sort(byOrder);
  criteria.sort(byOrder);
  // Cells of a removed case or criterion (scored in another window meanwhile) are left out.
  const cells: Record<string, BenchmarkCell> = {};
  for (const item of cases) {
    for (const criterion of criteria) {
      const key = cellKey(item.id, criterion.id);
      if (scores.has(key) || notes.has(key)) cells[key] = { score: scores.get(key), evidence: notes.get(key) ?? '' };
    }
  }
  const strip = <T extends { order: number }>({ order: _order, ...rest }: T) => rest;
  return { cases: cases.map(strip), criteria: criteria.map(strip), cells };
}

/** A write either happens or is refused with a validation key, and then stores nothing. */
export type Refusal = { refused: string };
const refuse = (issues: z.core.$ZodIssue[] | undefined): Refusal => ({ refused: issues?.[0]?.message ?? validationKeys.invalid });

function countOf(doc: Y.Doc, prefix: string): number {
  let count = 0;
  for (const key of benchmarkRoot(doc).keys()) if (key.startsWith(prefix) && entry(doc, key)) count += 1;
  return count;
}

function lastOrder(doc: Y.Doc, prefix: string): number | undefined {
  let last: number | undefined;
  benchmarkRoot(doc).forEach((value, key) => {
    if (!(value instanceof Y.Map) || !key.startsWith(prefix)) return;
    const order = readNumber(value as Y.Map<unknown>, 'order');
    if (last === undefined || order > last) last = order;
  });
  return last;
}

function addEntry(doc: Y.Doc, prefix: string, max: number, fields: Record<string, unknown>, origin: unknown): { id: string } | Refusal {
  if (countOf(doc, prefix) >= max) return { refused: validationKeys.tooMany };
  const id = newId();
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  map.set('order', orderBetween(lastOrder(doc, prefix), undefined));
  doc.transact(() => benchmarkRoot(doc).set(prefix + id, map), origin);
  return { id };
}

/** Writes the fields that changed, all in one transaction; nothing when none did. */
function updateEntry(doc: Y.Doc, key: string, fields: Record<string, unknown>, origin: unknown): Refusal | undefined {
  const map = entry(doc, key);
  if (!map) return { refused: validationKeys.invalid };
  const changed = Object.entries(fields).filter(([field, value]) => map.get(field) !== value);
  if (changed.length > 0) doc.transact(() => changed.forEach(([field, value]) => map.set(field, value)), origin);
  return undefined;
}

export function addCase(doc: Y.Doc, fields: CaseFields, origin?: unknown): { id: string } | Refusal {
  const parsed = CaseFields.safeParse(fields);
  return parsed.success ? addEntry(doc, casePrefix, maxCases, parsed.data, origin) : refuse(parsed.error.issues);
}

export function updateCase(doc: Y.Doc, id: string, fields: CaseFields, origin?: unknown): Refusal | undefined {
  const parsed = CaseFields.safeParse(fields);
  return parsed.success ? updateEntry(doc, casePrefix + id, parsed.data, origin) : refuse(parsed.error.issues);
}

export function addCriterion(doc: Y.Doc, fields: CriterionFields, origin?: unknown): { id: string } | Refusal {
  const parsed = CriterionFields.safeParse(fields);
  return parsed.success ? addEntry(doc, criterionPrefix, maxCriteria, parsed.data, origin) : refuse(parsed.error.issues);
}

export function updateCriterion(doc: Y.Doc, id: string, fields: CriterionFields, origin?: unknown): Refusal | undefined {
  const parsed = CriterionFields.safeParse(fields);
  return parsed.success ? updateEntry(doc, criterionPrefix + id, parsed.data, origin) : refuse(parsed.error.issues);
}

/** Removes a case or a criterion with its cells, in one step (so one undo brings all of it back). */
function removeEntry(doc: Y.Doc, key: string, matchesCell: (cell: string) => boolean, origin: unknown): boolean {
  const root = benchmarkRoot(doc);
  if (!entry(doc, key)) return false;
  const cellKeys = [...root.keys()].filter((other) => {
    const cell = other.startsWith(scorePrefix) ? other.slice(scorePrefix.length) : other.startsWith(evidencePrefix) ? other.slice(evidencePrefix.length) : undefined;
    return cell !== undefined && matchesCell(cell);
  });
  doc.transact(() => {
    root.delete(key);
    cellKeys.forEach((cell) => root.delete(cell));
  }, origin);
  return true;
}

export function removeCase(doc: Y.Doc, id: string, origin?: unknown): boolean {
  return removeEntry(doc, casePrefix + id, (cell) => cell.startsWith(`${id}:`), origin);
}

export function removeCriterion(doc: Y.Doc, id: string, origin?: unknown): boolean {
  return removeEntry(doc, criterionPrefix + id, (cell) => cell.endsWith(`:${id}`), origin);
}

/** Moves a case or criterion one place up (−1) or down (+1) by changing only its `order`. */
function moveEntry(doc: Y.Doc, prefix: string, ids: readonly string[], id: string, delta: -1 | 1, origin: unknown): boolean {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return false;
  const entries = ids.map((other) => ({ id: other, order: readNumber(entry(doc, prefix + other) ?? new Y.Map(), 'order') }));
  const writes = reorder(entries, id, to);
  if (!writes) return false;
  doc.transact(() => writes.forEach((order, other) => entry(doc, prefix + other)?.set('order', order)), origin);
  return true;
}

export function moveCase(doc: Y.Doc, id: string, delta: -1 | 1, origin?: unknown): boolean {
  return moveEntry(doc, casePrefix, readBenchmark(doc).cases.map((item) => item.id), id, delta, origin);
}

export function moveCriterion(doc: Y.Doc, id: string, delta: -1 | 1, origin?: unknown): boolean {
  return moveEntry(doc, criterionPrefix, readBenchmark(doc).criteria.map((item) => item.id), id, delta, origin);
}

function cellExists(doc: Y.Doc, caseId: string, criterionId: string): boolean {
  return entry(doc, casePrefix + caseId) !== undefined && entry(doc, criterionPrefix + criterionId) !== undefined;
}

/** Scores a cell 1–5, or clears it with `undefined`. Anything else (0, 6, 2.5) is refused. */
export function setScore(doc: Y.Doc, caseId: string, criterionId: string, score: number | undefined, origin?: unknown): Refusal | undefined {
  if (!cellExists(doc, caseId, criterionId)) return { refused: validationKeys.invalid };
  const key = scorePrefix + cellKey(caseId, criterionId);
  const root = benchmarkRoot(doc);
  if (score === undefined) {
    if (root.has(key)) doc.transact(() => root.delete(key), origin);
    return undefined;
  }
  const parsed = Score.safeParse(score);
  if (!parsed.success) return refuse(parsed.error.issues);
  if (root.get(key) !== parsed.data) doc.transact(() => root.set(key, parsed.data), origin);
  return undefined;
}

/** The note saying why a cell has its score; an empty note is removed. */
export function setEvidence(doc: Y.Doc, caseId: string, criterionId: string, text: string, origin?: unknown): Refusal | undefined {
  if (!cellExists(doc, caseId, criterionId)) return { refused: validationKeys.invalid };
  const parsed = Evidence.safeParse(text);
  if (!parsed.success) return refuse(parsed.error.issues);
  const key = evidencePrefix + cellKey(caseId, criterionId);
  const root = benchmarkRoot(doc);
  const current = root.get(key);
  if (parsed.data === '' ? current === undefined : current === parsed.data) return undefined;
  doc.transact(() => (parsed.data === '' ? root.delete(key) : root.set(key, parsed.data)), origin);
  return undefined;
}
