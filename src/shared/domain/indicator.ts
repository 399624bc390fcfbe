import { z } from 'zod';
import { validationKeys } from './errors';
import { Id } from './ids';
import { limits } from './limits';
import { comparePeriods, Period, periodRange } from './period';
import { OptionalIsoDate, optionalText, requiredText } from './text';

/**
 * An exercise's indicators, following the IATI results model: what is measured and in which
 * unit, a baseline (value and date), a target per period, an actual per period, where the
 * figure comes from and who reports it. The impact model (theory of change) builds on this same
 * data; values are plain numbers (people, days, percentages), never money.
 */
export const maxIndicatorValue = 1e12;

export const IndicatorValue = z
  .number({ error: validationKeys.invalidNumber })
  .min(-maxIndicatorValue, { error: validationKeys.invalidNumber })
  .max(maxIndicatorValue, { error: validationKeys.invalidNumber });

export const PeriodValue = z.object({ period: Period, value: IndicatorValue });
export type PeriodValue = z.infer<typeof PeriodValue>;
export type PeriodValueInput = z.input<typeof PeriodValue>;

/** A period that ends before the baseline was measured cannot be a target or an actual of it. */
export function endsBeforeBaseline(period: string, baselineDate: string): boolean {
  const range = periodRange(period);
  return Boolean(baselineDate && range && range.end < baselineDate);
}

export const IndicatorFields = z
  .object({
    title: requiredText(limits.title),
    unit: optionalText(),
    baseline: z.object({ value: IndicatorValue, date: OptionalIsoDate }),
    targets: z.array(PeriodValue).max(limits.indicatorPeriods, { error: validationKeys.tooMany }).default([]),
    source: optionalText(),
    responsible: optionalText(),
  })
  .superRefine((fields, context) => {
    const seen = new Set<string>();
    fields.targets.forEach((target, index) => {
      const path = ['targets', index, 'period'];
      if (seen.has(target.period)) context.addIssue({ code: 'custom', path, message: validationKeys.duplicatePeriod });
      else if (endsBeforeBaseline(target.period, fields.baseline.date)) context.addIssue({ code: 'custom', path, message: validationKeys.periodBeforeBaseline });
      seen.add(target.period);
    });
  });
export type IndicatorFields = z.infer<typeof IndicatorFields>;
export type IndicatorFieldsInput = z.input<typeof IndicatorFields>;

export const Actual = z.object({ period: z.string(), value: z.number(), recordedAt: z.string() });
export type Actual = z.infer<typeof Actual>;

export const Indicator = z.object({
  id: Id,
  title: z.string(),
  unit: z.string(),
  baseline: z.object({ value: z.number(), date: z.string() }),
  /** Ordered by period (earliest first). */
  targets: z.array(z.object({ period: z.string(), value: z.number() })),
  actuals: z.array(Actual),
  source: z.string(),
  responsible: z.string(),
});
export type Indicator = z.infer<typeof Indicator>;

/**
 * How far an actual has moved from the baseline towards the target, from 0 to 1. Works for
 * indicators that should fall (waiting days from 30 to 10) as for those that should rise.
 * Moving the wrong way counts as 0 and passing the target as 1, so a bar never runs backwards
 * or off its end; undefined when the target equals the baseline (there is no way to go).
 */
export function progressTowards(baseline: number, target: number, actual: number): number | undefined {
  if (![baseline, target, actual].every(Number.isFinite) || target === baseline) return undefined;
  const ratio = (actual - baseline) / (target - baseline);
  return Math.min(1, Math.max(0, ratio));
}

/** The actual of the latest period; of two for the same period (never stored), the last recorded. */
export function latestActual<T extends { period: string; recordedAt?: string }>(actuals: readonly T[]): T | undefined {
  return [...actuals].sort((a, b) => comparePeriods(a.period, b.period) || (a.recordedAt ?? '').localeCompare(b.recordedAt ?? '')).at(-1);
}

/** The target of the latest period: the goal the exercise works towards. */
export function finalTarget<T extends { period: string }>(targets: readonly T[]): T | undefined {
  return [...targets].sort((a, b) => comparePeriods(a.period, b.period)).at(-1);
}

export interface IndicatorStatus {
  latest?: { period: string; value: number };
  target?: { period: string; value: number };
  /** 0 to 1, see `progressTowards`. */
  progress?: number;
}

/** What the overview shows at a glance: the latest actual against the final target. */
export function indicatorStatus(indicator: Pick<Indicator, 'baseline' | 'targets' | 'actuals'>): IndicatorStatus {
  const latest = latestActual(indicator.actuals);
  const target = finalTarget(indicator.targets);
  const status: IndicatorStatus = {};
  if (latest) status.latest = { period: latest.period, value: latest.value };
  if (target) status.target = { period: target.period, value: target.value };
  const progress = latest && target ? progressTowards(indicator.baseline.value, target.value, latest.value) : undefined;
  if (progress !== undefined) status.progress = progress;
  return status;
}
