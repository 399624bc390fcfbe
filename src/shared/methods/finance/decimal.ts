import Decimal from 'decimal.js';

/**
 * The financial estimate's own decimal type: 40 significant digits (far beyond any peso amount
 * raised to a 60-period discount factor) and half-up rounding, the rule people know from
 * spreadsheets (ROUND in Excel, 2,5 → 3). A clone, so no other code's Decimal settings leak in.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

/** Rounds to whole minor units (centavos, cents), half-up: 0,5 centavos goes up, −0,5 goes to −1. */
export function roundMinor(value: Dec): Dec {
  return value.toDecimalPlaces(0, Dec.ROUND_HALF_UP);
}

export const zero = new Dec(0);

export function sum(values: readonly Dec[]): Dec {
  return values.reduce<Dec>((total, value) => total.plus(value), zero);
}
