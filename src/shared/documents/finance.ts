import * as Y from 'yjs';
import { validationKeys } from '../domain/errors';
import { Currency } from '../domain/money';
import { newId } from '../domain/ids';
import { flowKinds, type FlowKind } from '../methods/finance/cashFlow';
import { parseQuantity } from '../methods/finance/numbers';
import { categoriesOf, DiscountRate, estimateDefaults, Horizon, lineSchema, maxLines, PeriodUnit, type LineCategory, type LineFields, type LineInput } from '../methods/finance/fields';
import { methodToolRoot } from './methodRoots';
import { readNumber, readString } from './values';

/**
 * The financial estimate of a board, in its `method:finance` root map:
 * - settings as plain keys: `currency` ('COP' | 'USD'), `horizon` (periods 0…horizon),
 *   `periodUnit` ('year' | 'month'), `discountRate` (percent per period as decimal text, "12.5");
 *   an absent key reads as its default, so a new board needs no seeding;
 * - one Y.Map per line under the key `line:<id>` (kind, category, description, unit, quantity as
 *   decimal text, unitCostMinor, period, order). Lines sit directly in the root rather than in a
 *   nested `lines` map that two windows could each create, the second replacing the first's.
 * Every write is one transaction with the caller's origin: it syncs and undoes with the board.
 */
const linePrefix = 'line:';

export interface FinanceLine extends LineFields {
  id: string;
  order: number;
}

export interface FinanceEstimate {
  currency: Currency;
  horizon: number;
  periodUnit: PeriodUnit;
  discountRate: string;
  /** Lines within the horizon, by period then by the order they were added. */
  lines: FinanceLine[];
  /** Lines whose period is beyond the horizon (possible after concurrent edits); left out of the results. */
  outside: FinanceLine[];
}

export type LineIssues = Partial<Record<keyof LineInput, string>>;
export type SaveLineResult = { ok: true; id: string } | { ok: false; issues: LineIssues };

const root = (doc: Y.Doc) => methodToolRoot(doc, 'finance');

/** The root this tool reads, for `useDocRoot`. */
export function financeRoot(doc: Y.Doc): Y.Map<unknown> {
  return root(doc);
}

function readLine(id: string, map: Y.Map<unknown>): FinanceLine | undefined {
  const kind = readString(map, 'kind') as FlowKind;
  const category = readString(map, 'category') as LineCategory;
  const quantity = parseQuantity(readString(map, 'quantity'));
  const unitCostMinor = readNumber(map, 'unitCostMinor', 0);
  const period = readNumber(map, 'period', -1);
  // A line another client wrote in a shape this version does not understand is skipped, not guessed at.
  if (!flowKinds.includes(kind) || !quantity.ok || !Number.isSafeInteger(unitCostMinor) || unitCostMinor <= 0 || !Number.isInteger(period) || period < 0) return undefined;
  return {
    id, kind, quantity: quantity.value, unitCostMinor, period,
    category: categoriesOf(kind).includes(category) ? category : 'other',
    description: readString(map, 'description'),
    unit: readString(map, 'unit'),
    order: readNumber(map, 'order', 0),
  };
}

function allLines(doc: Y.Doc): FinanceLine[] {
  const lines: FinanceLine[] = [];
  root(doc).forEach((value, key) => {
    if (!key.startsWith(linePrefix) || !(value instanceof Y.Map)) return;
    const line = readLine(key.slice(linePrefix.length), value as Y.Map<unknown>);
    if (line) lines.push(line);
  });
  return lines.sort((a, b) => a.period - b.period || a.order - b.order || a.id.localeCompare(b.id));
}

export function readFinance(doc: Y.Doc): FinanceEstimate {
  const map = root(doc);
  const currency = Currency.safeParse(map.get('currency'));
  const periodUnit = PeriodUnit.safeParse(map.get('periodUnit'));
  const horizon = Horizon.safeParse(map.get('horizon'));
  const rate = DiscountRate.safeParse(map.get('discountRate'));
  const settings = {
    currency: currency.success ? currency.data : estimateDefaults.currency,
    periodUnit: periodUnit.success ? periodUnit.data : estimateDefaults.periodUnit,
    horizon: horizon.success && typeof map.get('horizon') === 'number' ? horizon.data : estimateDefaults.horizon,
    discountRate: rate.success ? rate.data : estimateDefaults.discountRate,
  };
  const lines = allLines(doc);
  return { ...settings, lines: lines.filter((line) => line.period <= settings.horizon), outside: lines.filter((line) => line.period > settings.horizon) };
}

/** Writes one setting unless it is unchanged (an unchanged value adds no undo step). */
function setSetting(doc: Y.Doc, key: string, value: unknown, origin: unknown): void {
  const map = root(doc);
  if (map.get(key) === value) return;
  doc.transact(() => map.set(key, value), origin);
}

/** The currency of the whole estimate. Amounts are never converted: the figures keep their digits. */
export function setCurrency(doc: Y.Doc, value: string, origin?: unknown): string | undefined {
  const parsed = Currency.safeParse(value);
  if (!parsed.success) return validationKeys.invalid;
  setSetting(doc, 'currency', parsed.data, origin);
  return undefined;
}

export function setPeriodUnit(doc: Y.Doc, value: string, origin?: unknown): string | undefined {
  const parsed = PeriodUnit.safeParse(value);
  if (!parsed.success) return validationKeys.invalid;
  setSetting(doc, 'periodUnit', parsed.data, origin);
  return undefined;
}

/** The last period; refused below a period some line still uses, so no line silently drops out. */
export function setHorizon(doc: Y.Doc, value: string | number, origin?: unknown): string | undefined {
  const parsed = Horizon.safeParse(typeof value === 'string' ? value.trim() || Number.NaN : value);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? validationKeys.horizonRange;
  if (allLines(doc).some((line) => line.period > parsed.data)) return validationKeys.horizonBelowLines;
  setSetting(doc, 'horizon', parsed.data, origin);
  return undefined;
}

/** The discount rate as typed ("12,5"); stored as exact decimal text in percent. */
export function setDiscountRate(doc: Y.Doc, text: string, origin?: unknown): string | undefined {
  const parsed = DiscountRate.safeParse(text);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? validationKeys.invalidNumber;
  setSetting(doc, 'discountRate', parsed.data, origin);
  return undefined;
}

/** Checks a line as the form holds it against this estimate's horizon. */
export function validateLine(doc: Y.Doc, input: LineInput): { ok: true; fields: LineFields } | { ok: false; issues: LineIssues } {
  const parsed = lineSchema(readFinance(doc).horizon).safeParse(input);
  if (parsed.success) return { ok: true, fields: parsed.data };
  const issues: LineIssues = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof LineInput | undefined;
    if (field && !issues[field]) issues[field] = issue.message;
  }
  return { ok: false, issues };
}

/** Adds a line (no `id`) or rewrites one; refused values are reported per field and nothing is written. */
export function saveLine(doc: Y.Doc, input: LineInput, origin?: unknown, id?: string): SaveLineResult {
  const checked = validateLine(doc, input);
  if (!checked.ok) return checked;
  const map = root(doc);
  const existing = id ? map.get(linePrefix + id) : undefined;
  if (id && !(existing instanceof Y.Map)) return { ok: false, issues: { description: validationKeys.invalid } };
  if (!id && allLines(doc).length >= maxLines) return { ok: false, issues: { description: validationKeys.tooMany } };
  const lineId = id ?? newId();
  const order = Math.max(0, ...allLines(doc).map((other) => other.order)) + 1;
  doc.transact(() => {
    let line = existing as Y.Map<unknown> | undefined;
    if (!line) {
      line = new Y.Map<unknown>();
      map.set(linePrefix + lineId, line);
      line.set('order', order);
    }
    for (const [key, value] of Object.entries(checked.fields)) if (line.get(key) !== value) line.set(key, value);
  }, origin);
  return { ok: true, id: lineId };
}

export function removeLine(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const map = root(doc);
  if (!map.has(linePrefix + id)) return false;
  doc.transact(() => map.delete(linePrefix + id), origin);
  return true;
}
