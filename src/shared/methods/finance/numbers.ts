import { validationKeys } from '../../domain/errors';
import { Dec } from './decimal';

/**
 * Reading the numbers a facilitator types for the estimate. Quantities and rates are plain
 * decimals without thousands separators, with a comma or a point as the decimal mark ("1,5",
 * "12.5"): a quantity is rarely in the thousands, and "1.500" would be ambiguous between the
 * Spanish thousand and the English decimal. They are kept as exact decimal text ("1.5"), never
 * as floats.
 */
export type ParsedDecimal = { ok: true; value: string } | { ok: false; key: string };

const decimalPattern = /^([+-]?)(\d+)(?:[.,](\d+))?$/;

/** Most decimals a quantity or a rate may carry; more is a typing slip, not a real figure. */
export const maxDecimals = 6;
/** Far above any count of people, licences or months in a public project. */
export const maxQuantity = 1_000_000_000;
/** Per period. A rate above 100 % per period is not a discount rate anyone plans with. */
export const maxRatePercent = 100;
/** The rate must stay above −100 %: at −100 % the discount factor 1/(1+r)ᵗ divides by zero. */
export const minRatePercent = -100;

function readDecimal(text: string): { ok: true; value: Dec } | { ok: false; key: string } {
  const trimmed = text.trim().replace(/\s|%/g, '').replace('−', '-');
  if (trimmed === '') return { ok: false, key: validationKeys.required };
  const match = decimalPattern.exec(trimmed);
  if (!match || (match[3]?.length ?? 0) > maxDecimals) return { ok: false, key: validationKeys.invalidNumber };
  return { ok: true, value: new Dec(`${match[1]}${match[2]}.${match[3] ?? '0'}`) };
}

/** A quantity: more than zero ("0,5" of a licence is fine), at most `maxQuantity`. */
export function parseQuantity(text: string): ParsedDecimal {
  const read = readDecimal(text);
  if (!read.ok) return read;
  if (read.value.lte(0) || read.value.gt(maxQuantity)) return { ok: false, key: validationKeys.quantityPositive };
  return { ok: true, value: read.value.toString() };
}

/**
 * A discount rate in percent per period. Negative rates are accepted (real rates can be
 * negative, and the formula stays defined) as long as they stay above −100 %.
 */
export function parseRatePercent(text: string): ParsedDecimal {
  const read = readDecimal(text);
  if (!read.ok) return read;
  if (read.value.lte(minRatePercent) || read.value.gt(maxRatePercent)) return { ok: false, key: validationKeys.discountRateRange };
  return { ok: true, value: read.value.toString() };
}

/** What a field shows back for editing, in the person's decimal mark ("1,5" in Spanish). */
export function decimalToInput(value: string, decimalMark: ',' | '.'): string {
  return value.replace('.', decimalMark);
}
