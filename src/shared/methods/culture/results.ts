import type { CultureDiagnosis, CultureRound } from '../../documents/culture';
import { dontKnow, type LikertAnswer } from './answers';

/**
 * The diagnosis' results, as pure functions of the document's plain values.
 *
 * Conventions (docs/methods/culture.md):
 * - a reversed statement scores 6 − the answer, so on every statement 5 means "more innovative";
 * - «No sé / no aplica» and blank answers count in no mean;
 * - a dimension's mean pools every counted answer of the round to the dimension's statements
 *   (n = how many answers were counted);
 * - a round's overall mean is the plain mean of its dimension means, so a dimension with more
 *   statements weighs no more than another; dimensions without answers are left out;
 * - the change is follow-up − baseline, on the unrounded means.
 */
export const smallSampleThreshold = 3;

export function score(answer: LikertAnswer | undefined, reversed: boolean): number | undefined {
  if (answer === undefined || answer === dontKnow) return undefined;
  return reversed ? 6 - answer : answer;
}

export interface DimensionResult {
  dimensionId: string;
  /** Undefined when the round has no counted answer in this dimension. */
  mean: number | undefined;
  /** Answers counted in the mean. */
  answers: number;
  /** «No sé / no aplica» answers, shown apart. */
  dontKnow: number;
}

export interface RoundResult {
  roundId: string;
  /** Respondents who gave at least one answer (a column added and left empty is not a person heard). */
  respondents: number;
  dimensions: DimensionResult[];
  overall: number | undefined;
}

export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  // Answers are small integers: their sum is exact, so there is one rounding, in the division.
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function roundResult(culture: CultureDiagnosis, roundId: string): RoundResult {
  const respondents = culture.respondents.filter((respondent) => respondent.roundId === roundId);
  const dimensions = culture.dimensions.map((dimension): DimensionResult => {
    const scores: number[] = [];
    let unknown = 0;
    for (const respondent of respondents) {
      for (const item of dimension.items) {
        const answer = respondent.answers[item.id];
        if (answer === dontKnow) unknown += 1;
        const value = score(answer, item.reversed);
        if (value !== undefined) scores.push(value);
      }
    }
    return { dimensionId: dimension.id, mean: mean(scores), answers: scores.length, dontKnow: unknown };
  });
  const overall = mean(dimensions.flatMap((dimension) => (dimension.mean === undefined ? [] : [dimension.mean])));
  const answered = respondents.filter((respondent) => Object.keys(respondent.answers).length > 0).length;
  return { roundId, respondents: answered, dimensions, overall };
}

export function change(baseline: number | undefined, followUp: number | undefined): number | undefined {
  return baseline === undefined || followUp === undefined ? undefined : followUp - baseline;
}

export interface ComparisonRow {
  dimensionId: string;
  name: string;
  baseline: DimensionResult;
  followUp: DimensionResult | undefined;
  change: number | undefined;
}

export interface Comparison {
  baselineRound: CultureRound | undefined;
  followUpRound: CultureRound | undefined;
  baseline: RoundResult | undefined;
  followUp: RoundResult | undefined;
  rows: ComparisonRow[];
  overallChange: number | undefined;
  /** Fewer than `smallSampleThreshold` respondents in a compared round: the results are indicative. */
  smallSample: boolean;
}

/** The baseline round (the first one of kind baseline) and the latest follow-up. */
export function roundsToCompare(culture: CultureDiagnosis): { baseline: CultureRound | undefined; followUp: CultureRound | undefined } {
  return {
    baseline: culture.rounds.find((round) => round.kind === 'baseline'),
    followUp: culture.rounds.filter((round) => round.kind === 'followUp').at(-1),
  };
}

/** Baseline against one follow-up (by default the latest), dimension by dimension. */
export function compareRounds(culture: CultureDiagnosis, followUpId?: string): Comparison {
  const chosen = roundsToCompare(culture);
  const followUpRound = followUpId ? culture.rounds.find((round) => round.id === followUpId && round.kind === 'followUp') ?? chosen.followUp : chosen.followUp;
  const baselineRound = chosen.baseline;
  const baseline = baselineRound ? roundResult(culture, baselineRound.id) : undefined;
  const followUp = followUpRound ? roundResult(culture, followUpRound.id) : undefined;
  const rows = culture.dimensions.map((dimension, index): ComparisonRow => {
    const before = baseline?.dimensions[index] ?? { dimensionId: dimension.id, mean: undefined, answers: 0, dontKnow: 0 };
    const after = followUp?.dimensions[index];
    return { dimensionId: dimension.id, name: dimension.name, baseline: before, followUp: after, change: change(before.mean, after?.mean) };
  });
  const counts = [baseline, followUp].filter((result): result is RoundResult => result !== undefined && result.respondents > 0).map((result) => result.respondents);
  return {
    baselineRound, followUpRound, baseline, followUp, rows,
    overallChange: change(baseline?.overall, followUp?.overall),
    smallSample: counts.some((count) => count < smallSampleThreshold),
  };
}
