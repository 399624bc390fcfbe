import Decimal from 'decimal.js';

/**
 * The benchmarking matrix's arithmetic, exact: weights and scores become decimals, totals are kept
 * as fractions (weighted sum over scored weight) and compared by cross-multiplication, so two
 * cases that tie on paper tie here too. Divisions happen only for what is shown.
 *
 * Conventions (docs/methods/benchmark.md):
 * - A criterion's share = its weight / the sum of all weights (× 100 for a percentage).
 * - A case's weighted score = Σ wᵢ·sᵢ / Σ wᵢ over the criteria it has been scored on, on the 1–5
 *   scale; unscored criteria are left out of the mean (not counted as 0 or 1).
 * - % of the maximum = weighted score / 5 × 100.
 * - A case with any unscored criterion is incomplete: it shows its provisional score but takes no
 *   rank. Complete cases are ranked by standard competition ranking (1, 2, 2, 4).
 */

/** Enough digits for any product of two sums of weights (≤ 1,000 with two decimals) and scores. */
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Exact = InstanceType<typeof Exact>;

export const scoreScale = { min: 1, max: 5 } as const;

export interface WeightedCriterion {
  id: string;
  weight: number;
}

/** A score given to a case on one criterion, or undefined while it is not scored. */
export type ScoreOf = (criterionId: string) => number | undefined;

export interface CaseTotal {
  /** Σ wᵢ·sᵢ over the scored criteria. */
  weightedSum: Exact;
  /** Σ wᵢ over the scored criteria. */
  scoredWeight: Exact;
  scoredCount: number;
  criteriaCount: number;
  /** Every criterion scored (and there is at least one criterion). */
  complete: boolean;
  /** The weighted score on the 1–5 scale; undefined while nothing is scored. */
  mean: Exact | undefined;
  /** The weighted score as a percentage of the maximum (5); undefined while nothing is scored. */
  percentOfMax: Exact | undefined;
  /** The share of the total weight that has been scored, as a percentage. */
  coverage: Exact;
}

/** Weights that count: positive and finite. A document from a foreign client may hold others. */
function countedCriteria(criteria: readonly WeightedCriterion[]): WeightedCriterion[] {
  return criteria.filter((criterion) => Number.isFinite(criterion.weight) && criterion.weight > 0);
}

export function totalWeight(criteria: readonly WeightedCriterion[]): Exact {
  return countedCriteria(criteria).reduce((sum, criterion) => sum.plus(criterion.weight), new Exact(0));
}

/** Each criterion's share of the total weight, as a percentage (exact; round only to show it). */
export function criterionShares(criteria: readonly WeightedCriterion[]): Map<string, Exact> {
  const total = totalWeight(criteria);
  const shares = new Map<string, Exact>();
  for (const criterion of criteria) {
    const counted = Number.isFinite(criterion.weight) && criterion.weight > 0 && total.gt(0);
    shares.set(criterion.id, counted ? new Exact(criterion.weight).div(total).times(100) : new Exact(0));
  }
  return shares;
}

export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= scoreScale.min && value <= scoreScale.max;
}

export function caseTotal(criteria: readonly WeightedCriterion[], scoreOf: ScoreOf): CaseTotal {
  const counted = countedCriteria(criteria);
  let weightedSum = new Exact(0);
  let scoredWeight = new Exact(0);
  let scoredCount = 0;
  for (const criterion of counted) {
    const score = scoreOf(criterion.id);
    if (!isScore(score)) continue;
    weightedSum = weightedSum.plus(new Exact(criterion.weight).times(score));
    scoredWeight = scoredWeight.plus(criterion.weight);
    scoredCount += 1;
  }
  const mean = scoredCount > 0 ? weightedSum.div(scoredWeight) : undefined;
  const all = totalWeight(counted);
  return {
    weightedSum,
    scoredWeight,
    scoredCount,
    criteriaCount: counted.length,
    complete: counted.length > 0 && scoredCount === counted.length,
    mean,
    percentOfMax: mean?.div(scoreScale.max).times(100),
    coverage: all.gt(0) ? scoredWeight.div(all).times(100) : new Exact(0),
  };
}

/**
 * Compares two weighted scores exactly: a/b against c/d as a·d against c·b (both b and d are
 * positive). Negative when `a` scores lower. Totals with nothing scored compare as lowest.
 */
export function compareTotals(a: CaseTotal, b: CaseTotal): number {
  if (a.scoredCount === 0 || b.scoredCount === 0) return (a.scoredCount === 0 ? 0 : 1) - (b.scoredCount === 0 ? 0 : 1);
  return a.weightedSum.times(b.scoredWeight).comparedTo(b.weightedSum.times(a.scoredWeight));
}

export interface RankedCase<T> {
  item: T;
  total: CaseTotal;
  /** 1 for the best; equal scores share a rank and the next rank skips (1, 2, 2, 4). Undefined when incomplete. */
  rank: number | undefined;
}

/**
 * Ranks the complete cases and lists every case in reading order: ranked ones first, best first
 * (a tie keeps the matrix order), then the incomplete ones by their provisional score, then
 * those with nothing scored.
 */
export function rankCases<T>(items: readonly T[], totalOf: (item: T) => CaseTotal): RankedCase<T>[] {
  const entries = items.map((item, index) => ({ item, total: totalOf(item), index }));
  const byScore = (a: (typeof entries)[number], b: (typeof entries)[number]) => compareTotals(b.total, a.total) || a.index - b.index;
  const complete = entries.filter((entry) => entry.total.complete).sort(byScore);
  const incomplete = entries.filter((entry) => !entry.total.complete).sort(byScore);
  const ranked: RankedCase<T>[] = [];
  complete.forEach((entry, position) => {
    const previous = ranked[position - 1];
    const tied = previous !== undefined && compareTotals(previous.total, entry.total) === 0;
    ranked.push({ item: entry.item, total: entry.total, rank: tied ? previous.rank : position + 1 });
  });
  return [...ranked, ...incomplete.map((entry) => ({ item: entry.item, total: entry.total, rank: undefined }))];
}

/** A decimal rounded half up for display, as a plain number for Intl. */
export function toDisplay(value: Exact, decimals: number): number {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
}
