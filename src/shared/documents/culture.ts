import * as Y from 'yjs';
import { z } from 'zod';
import { validationKeys } from '../domain/errors';
import { newId } from '../domain/ids';
import { limits } from '../domain/limits';
import { dontKnow, isLikertPoint, LikertAnswer } from '../methods/culture/answers';
import { defaultInstrument } from '../methods/culture/instrument';
import { methodToolRoot } from './methodRoots';
import { readNumber, readString } from './values';

/**
 * The innovation culture diagnosis of a board, under its root map `method:culture`. Every entry
 * is its own Y.Map directly under the root, keyed `<kind>:<id>`, so two people adding or editing
 * different entries never overwrite each other (a nested collection created by two clients at
 * once would keep only one of them):
 *   dimension:<id>  { name, order }
 *   item:<id>       { dimensionId, text, order, reversed }
 *   round:<id>      { kind: 'baseline' | 'followUp', name, date (YYYY-MM-DD), order }
 *   respondent:<id> { roundId, order, 'answer:<itemId>': 1…5 | 'dk' }
 * Respondents carry no name or any other field: they are anonymous by construction.
 */
export const cultureLimits = { dimensions: 12, itemsPerDimension: 12, rounds: 12, respondentsPerRound: 500, itemText: 500 } as const;

export type RoundKind = 'baseline' | 'followUp';
export interface CultureItem { id: string; dimensionId: string; text: string; order: number; reversed: boolean }
export interface CultureDimension { id: string; name: string; order: number; items: CultureItem[] }
export interface CultureRound { id: string; kind: RoundKind; name: string; date: string; order: number }
export interface CultureRespondent { id: string; roundId: string; order: number; answers: Record<string, LikertAnswer> }
export interface CultureDiagnosis { dimensions: CultureDimension[]; rounds: CultureRound[]; respondents: CultureRespondent[] }

const Name = z.string().trim().min(1, { error: validationKeys.required }).max(limits.shortText, { error: validationKeys.tooLong });
const ItemText = z.string().trim().min(1, { error: validationKeys.required }).max(cultureLimits.itemText, { error: validationKeys.tooLong });
const IsoDate = z.iso.date({ error: validationKeys.invalidDate });
/** A round as the form enters it. */
export const RoundFields = z.object({ name: Name, date: IsoDate });
export type RoundFields = z.infer<typeof RoundFields>;

const key = (kind: 'dimension' | 'item' | 'round' | 'respondent', id: string) => `${kind}:${id}`;
const answerKey = (itemId: string) => `answer:${itemId}`;
const seededKey = 'seeded';

export function cultureRoot(doc: Y.Doc): Y.Map<unknown> {
  return methodToolRoot(doc, 'culture');
}

function entry(doc: Y.Doc, kind: 'dimension' | 'item' | 'round' | 'respondent', id: string): Y.Map<unknown> | undefined {
  const value = cultureRoot(doc).get(key(kind, id));
  return value instanceof Y.Map ? value : undefined;
}

function entries(doc: Y.Doc, kind: string): [string, Y.Map<unknown>][] {
  const prefix = `${kind}:`;
  const found: [string, Y.Map<unknown>][] = [];
  cultureRoot(doc).forEach((value, name) => {
    if (name.startsWith(prefix) && value instanceof Y.Map) found.push([name.slice(prefix.length), value]);
  });
  return found;
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || a.id.localeCompare(b.id);

/** The whole diagnosis as plain values; entries whose parent was removed elsewhere are left out. */
export function readCulture(doc: Y.Doc): CultureDiagnosis {
  const items = entries(doc, 'item').map(([id, map]): CultureItem => ({
    id, dimensionId: readString(map, 'dimensionId'), text: readString(map, 'text'), order: readNumber(map, 'order'), reversed: map.get('reversed') === true,
  }));
  const dimensions = entries(doc, 'dimension')
    .map(([id, map]): CultureDimension => ({ id, name: readString(map, 'name'), order: readNumber(map, 'order'), items: items.filter((item) => item.dimensionId === id).sort(byOrder) }))
    .sort(byOrder);
  const rounds = entries(doc, 'round')
    .map(([id, map]): CultureRound => ({ id, kind: map.get('kind') === 'baseline' ? 'baseline' : 'followUp', name: readString(map, 'name'), date: readString(map, 'date'), order: readNumber(map, 'order') }))
    .sort(byOrder);
  const roundIds = new Set(rounds.map((round) => round.id));
  const respondents = entries(doc, 'respondent')
    .map(([id, map]): CultureRespondent => ({ id, roundId: readString(map, 'roundId'), order: readNumber(map, 'order'), answers: readAnswers(map) }))
    .filter((respondent) => roundIds.has(respondent.roundId))
    .sort(byOrder);
  return { dimensions, rounds, respondents };
}

function readAnswers(map: Y.Map<unknown>): Record<string, LikertAnswer> {
  const answers: Record<string, LikertAnswer> = {};
  map.forEach((value, name) => {
    if (!name.startsWith('answer:')) return;
    if (isLikertPoint(value) || value === dontKnow) answers[name.slice('answer:'.length)] = value;
  });
  return answers;
}

function nextOrder(doc: Y.Doc, kind: string): number {
  return entries(doc, kind).reduce((max, [, map]) => Math.max(max, readNumber(map, 'order')), 0) + 1;
}

function fill(map: Y.Map<unknown>, values: Record<string, unknown>): Y.Map<unknown> {
  for (const [name, value] of Object.entries(values)) map.set(name, value);
  return map;
}

const firstIssue = (error: z.ZodError) => error.issues[0]?.message ?? validationKeys.invalid;
export type Added = { ok: true; id: string } | { ok: false; error: string };

/** Whether the default questionnaire was ever written into this diagnosis (emptied on purpose or not). */
export function isCultureSeeded(doc: Y.Doc): boolean {
  return cultureRoot(doc).get(seededKey) === true;
}

/**
 * Writes the default instrument and a baseline round into a diagnosis never seeded, in one
 * language; the `seeded` flag keeps an instrument emptied on purpose empty. A new board is seeded
 * once, when it is created; a board without the flag (made elsewhere) is seeded only when someone
 * asks, because two copies seeding apart would each write new maps under the same keys, and one
 * copy's later edits to them could be hidden by the other's. Returns whether it wrote anything.
 */
export function seedCultureInstrument(doc: Y.Doc, seed: { locale: 'es-CO' | 'en'; baselineName: string; date: string }, origin?: unknown): boolean {
  const root = cultureRoot(doc);
  if (root.get(seededKey) === true) return false;
  doc.transact(() => {
    root.set(seededKey, true);
    defaultInstrument.forEach((dimension, index) => {
      root.set(key('dimension', dimension.id), fill(new Y.Map(), { name: dimension.name[seed.locale], order: index + 1 }));
      dimension.items.forEach((item, itemIndex) => {
        root.set(key('item', item.id), fill(new Y.Map(), { dimensionId: dimension.id, text: item.text[seed.locale], order: itemIndex + 1, reversed: item.reversed }));
      });
    });
    root.set(key('round', 'baseline'), fill(new Y.Map(), { kind: 'baseline', name: seed.baselineName, date: seed.date, order: 1 }));
  }, origin);
  return true;
}

function setField(doc: Y.Doc, map: Y.Map<unknown> | undefined, field: string, value: unknown, origin: unknown): void {
  if (!map || map.get(field) === value) return;
  doc.transact(() => map.set(field, value), origin);
}

/** Renames a dimension; returns the validation key when the name is refused. */
export function renameDimension(doc: Y.Doc, id: string, name: string, origin?: unknown): string | undefined {
  const parsed = Name.safeParse(name);
  if (!parsed.success) return firstIssue(parsed.error);
  setField(doc, entry(doc, 'dimension', id), 'name', parsed.data, origin);
  return undefined;
}

export function addDimension(doc: Y.Doc, name: string, origin?: unknown): Added {
  const parsed = Name.safeParse(name);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  if (entries(doc, 'dimension').length >= cultureLimits.dimensions) return { ok: false, error: validationKeys.tooMany };
  const id = newId();
  doc.transact(() => cultureRoot(doc).set(key('dimension', id), fill(new Y.Map(), { name: parsed.data, order: nextOrder(doc, 'dimension') })), origin);
  return { id, ok: true };
}

/** Removes a dimension with its items and every answer given to them, as one undo step. */
export function removeDimension(doc: Y.Doc, id: string, origin?: unknown): boolean {
  if (!entry(doc, 'dimension', id)) return false;
  const itemIds = entries(doc, 'item').filter(([, map]) => readString(map, 'dimensionId') === id).map(([itemId]) => itemId);
  doc.transact(() => {
    cultureRoot(doc).delete(key('dimension', id));
    itemIds.forEach((itemId) => deleteItem(doc, itemId));
  }, origin);
  return true;
}

export function addItem(doc: Y.Doc, dimensionId: string, text: string, origin?: unknown): Added {
  const parsed = ItemText.safeParse(text);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  if (!entry(doc, 'dimension', dimensionId)) return { ok: false, error: validationKeys.invalid };
  const siblings = entries(doc, 'item').filter(([, map]) => readString(map, 'dimensionId') === dimensionId);
  if (siblings.length >= cultureLimits.itemsPerDimension) return { ok: false, error: validationKeys.tooMany };
  const order = siblings.reduce((max, [, map]) => Math.max(max, readNumber(map, 'order')), 0) + 1;
  const id = newId();
  doc.transact(() => cultureRoot(doc).set(key('item', id), fill(new Y.Map(), { dimensionId, text: parsed.data, order, reversed: false })), origin);
  return { id, ok: true };
}

export function setItemText(doc: Y.Doc, id: string, text: string, origin?: unknown): string | undefined {
  const parsed = ItemText.safeParse(text);
  if (!parsed.success) return firstIssue(parsed.error);
  setField(doc, entry(doc, 'item', id), 'text', parsed.data, origin);
  return undefined;
}

export function setItemReversed(doc: Y.Doc, id: string, reversed: boolean, origin?: unknown): void {
  setField(doc, entry(doc, 'item', id), 'reversed', reversed, origin);
}

/** Removes a statement and the answers given to it (they mean nothing without it), as one undo step. */
export function removeItem(doc: Y.Doc, id: string, origin?: unknown): boolean {
  if (!entry(doc, 'item', id)) return false;
  doc.transact(() => deleteItem(doc, id), origin);
  return true;
}

function deleteItem(doc: Y.Doc, id: string): void {
  cultureRoot(doc).delete(key('item', id));
  for (const [, respondent] of entries(doc, 'respondent')) respondent.delete(answerKey(id));
}

/** How many answers (including «No sé») the given statements have, to warn before removing them. */
export function countAnswers(culture: CultureDiagnosis, itemIds: readonly string[]): number {
  return culture.respondents.reduce((count, respondent) => count + itemIds.filter((id) => respondent.answers[id] !== undefined).length, 0);
}

/** Adds a follow-up round (the baseline is seeded with the board). */
export function addFollowUpRound(doc: Y.Doc, fields: RoundFields, origin?: unknown): Added {
  const parsed = RoundFields.safeParse(fields);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  if (entries(doc, 'round').length >= cultureLimits.rounds) return { ok: false, error: validationKeys.tooMany };
  const id = newId();
  doc.transact(() => cultureRoot(doc).set(key('round', id), fill(new Y.Map(), { kind: 'followUp', ...parsed.data, order: nextOrder(doc, 'round') })), origin);
  return { id, ok: true };
}

export function updateRoundField(doc: Y.Doc, id: string, field: keyof RoundFields, value: string, origin?: unknown): string | undefined {
  const parsed = RoundFields.shape[field].safeParse(value);
  if (!parsed.success) return firstIssue(parsed.error);
  setField(doc, entry(doc, 'round', id), field, parsed.data, origin);
  return undefined;
}

/** Removes a follow-up round with its respondents; the baseline stays (there is always one). */
export function removeRound(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const round = entry(doc, 'round', id);
  if (!round || round.get('kind') === 'baseline') return false;
  const respondentIds = entries(doc, 'respondent').filter(([, map]) => readString(map, 'roundId') === id).map(([respondentId]) => respondentId);
  doc.transact(() => {
    cultureRoot(doc).delete(key('round', id));
    respondentIds.forEach((respondentId) => cultureRoot(doc).delete(key('respondent', respondentId)));
  }, origin);
  return true;
}

/** Adds an anonymous respondent to a round: an id and a place in the round, nothing else. */
export function addRespondent(doc: Y.Doc, roundId: string, origin?: unknown): Added {
  if (!entry(doc, 'round', roundId)) return { ok: false, error: validationKeys.invalid };
  const inRound = entries(doc, 'respondent').filter(([, map]) => readString(map, 'roundId') === roundId);
  if (inRound.length >= cultureLimits.respondentsPerRound) return { ok: false, error: validationKeys.tooMany };
  const id = newId();
  doc.transact(() => cultureRoot(doc).set(key('respondent', id), fill(new Y.Map(), { roundId, order: nextOrder(doc, 'respondent') })), origin);
  return { id, ok: true };
}

export function removeRespondent(doc: Y.Doc, id: string, origin?: unknown): boolean {
  if (!entry(doc, 'respondent', id)) return false;
  doc.transact(() => cultureRoot(doc).delete(key('respondent', id)), origin);
  return true;
}

/**
 * Records (or, with null, clears) one answer. A value outside the scale — 0, 6, 2.5, a word — is
 * refused with the validation key and nothing is written.
 */
export function setAnswer(doc: Y.Doc, respondentId: string, itemId: string, value: unknown, origin?: unknown): string | undefined {
  const respondent = entry(doc, 'respondent', respondentId);
  if (!respondent || !entry(doc, 'item', itemId)) return validationKeys.invalid;
  if (value === null) {
    if (respondent.has(answerKey(itemId))) doc.transact(() => respondent.delete(answerKey(itemId)), origin);
    return undefined;
  }
  const parsed = LikertAnswer.safeParse(value);
  if (!parsed.success) return validationKeys.likertAnswer;
  setField(doc, respondent, answerKey(itemId), parsed.data, origin);
  return undefined;
}
