import { Dec, sum, zero } from './decimal';

/**
 * The estimate's indicators, computed exactly on the per-period flows (minor units). Period 0
 * is "now": it is not discounted. Period t is discounted by (1 + r)ᵗ, with r the rate per period.
 */

/** 1 / (1 + r)ᵗ for a rate in percent ("12.5" → r = 0,125). */
export function discountFactor(ratePercent: string, period: number): Dec {
  const growth = new Dec(1).plus(new Dec(ratePercent).dividedBy(100));
  return new Dec(1).dividedBy(growth.pow(period));
}

/** Each period's amount brought to period 0, unrounded. */
export function presentValues(amounts: readonly Dec[], ratePercent: string): Dec[] {
  return amounts.map((amount, period) => amount.times(discountFactor(ratePercent, period)));
}

/** NPV = Σₜ (Bₜ − Cₜ) / (1 + r)ᵗ, unrounded (the caller rounds for display only). */
export function netPresentValue(nets: readonly Dec[], ratePercent: string): Dec {
  return sum(presentValues(nets, ratePercent));
}

/** PV(benefits) / PV(costs); undefined when there are no costs to divide by. */
export function benefitCostRatio(pvBenefits: Dec, pvCosts: Dec): Dec | undefined {
  return pvCosts.isZero() ? undefined : pvBenefits.dividedBy(pvCosts);
}

export type Payback =
  /** `period`: the first period from which the cumulative net stays ≥ 0; `interpolated`: the point within the period before it. */
  | { kind: 'recovered'; period: number; interpolated: Dec }
  /** The cumulative net is still negative at the end of the horizon. */
  | { kind: 'notRecovered' }
  /** The cumulative net is never negative: there is no investment to recover. */
  | { kind: 'noInvestment' };

/**
 * Payback from the cumulative nets of periods 0…N. The period is the first t from which the
 * cumulative net stays ≥ 0 to the end (so a later reinvestment that makes it negative again
 * moves it). The interpolated figure assumes period t's net arrives evenly between t − 1 and t:
 * (t − 1) + (−Cumₜ₋₁ / Netₜ).
 */
export function payback(cumulative: readonly Dec[]): Payback {
  if (cumulative.every((value) => value.gte(0))) return { kind: 'noInvestment' };
  const last = cumulative.length - 1;
  if (cumulative[last]!.lt(0)) return { kind: 'notRecovered' };
  let period = last;
  while (period > 0 && cumulative[period - 1]!.gte(0)) period -= 1;
  // cumulative[period − 1] < 0 ≤ cumulative[period], and period ≥ 1 since some value is negative.
  const before = cumulative[period - 1]!;
  const net = cumulative[period]!.minus(before);
  return { kind: 'recovered', period, interpolated: new Dec(period - 1).plus(before.negated().dividedBy(net)) };
}

/** Running totals of a series (used for the discounted payback). */
export function cumulate(values: readonly Dec[]): Dec[] {
  let total = zero;
  return values.map((value) => (total = total.plus(value)));
}
