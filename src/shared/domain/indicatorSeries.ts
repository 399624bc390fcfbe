import { comparePeriods } from './period';
import { indicatorStatus, progressTowards, type Indicator } from './indicator';

/**
 * The figures the impact model's charts draw, computed here so they are tested once and the
 * screen, the PDF and the report agree.
 */

/** One point of an indicator's chart: the baseline first, then every period with a target or an actual. */
export interface SeriesPoint {
  /** The period as typed ('2026-H2'), or '' for the baseline point. */
  period: string;
  target?: number;
  actual?: number;
  /**
   * How far the actual went towards this period's own target, 0 to 1 (see `progressTowards`):
   * "are we on track for this period", where the overview's figure is "how far to the end".
   */
  periodProgress?: number;
}

/**
 * Baseline → targets vs actuals over the periods, in period order. The baseline point carries
 * the baseline value as both target and actual, so both lines start from where the exercise
 * started. A period with only a target (the future) has no actual, and the other way round.
 */
export function indicatorSeries(indicator: Pick<Indicator, 'baseline' | 'targets' | 'actuals'>): SeriesPoint[] {
  const periods = [...new Set([...indicator.targets.map((entry) => entry.period), ...indicator.actuals.map((entry) => entry.period)])].sort(comparePeriods);
  const baseline = indicator.baseline.value;
  const points: SeriesPoint[] = [{ period: '', target: baseline, actual: baseline }];
  for (const period of periods) {
    const target = indicator.targets.find((entry) => entry.period === period)?.value;
    const actual = indicator.actuals.find((entry) => entry.period === period)?.value;
    const point: SeriesPoint = { period };
    if (target !== undefined) point.target = target;
    if (actual !== undefined) point.actual = actual;
    const periodProgress = target !== undefined && actual !== undefined ? progressTowards(baseline, target, actual) : undefined;
    if (periodProgress !== undefined) point.periodProgress = periodProgress;
    points.push(point);
  }
  return points;
}

/** One bar of the overview: an indicator's progress towards its final target, in whole percent. */
export interface ProgressBar {
  id: string;
  title: string;
  /** 0 to 100, rounded half up; undefined when there is no actual yet or no way to go. */
  percent?: number;
}

/**
 * Progress as a whole percentage, rounded half up the way Intl prints the cards' percentages:
 * 0.285 × 100 is 28.4999… in floating point, so the product is first cut to 12 significant
 * digits (28.5) and only then rounded (29), never 28 beside a card that says 29 %.
 */
export function toPercent(progress: number | undefined): number | undefined {
  return progress === undefined ? undefined : Math.round(Number((progress * 100).toPrecision(12)));
}

/** Every indicator's progress towards its final target, in the exercise's order. */
export function progressBars(indicators: readonly Pick<Indicator, 'id' | 'title' | 'baseline' | 'targets' | 'actuals'>[]): ProgressBar[] {
  return indicators.map((indicator) => {
    const percent = toPercent(indicatorStatus(indicator).progress);
    return percent === undefined ? { id: indicator.id, title: indicator.title } : { id: indicator.id, title: indicator.title, percent };
  });
}

/** The mean of the bars that have a figure, in whole percent: the exercise's progress in one number. */
export function meanProgress(bars: readonly ProgressBar[]): number | undefined {
  const known = bars.flatMap((bar) => (bar.percent === undefined ? [] : [bar.percent]));
  if (known.length === 0) return undefined;
  return Math.round(known.reduce((sum, value) => sum + value, 0) / known.length);
}
