import { Currency } from '../../shared/domain/money';
import type { ContributionRow, IndicatorRow } from './rows';

/** The contributions and indicators tables as both stores return them (migration 3). */
export interface ContributionTableRow {
  exercise_id: string; contribution_id: string; contributor: string; kind: string; currency: string;
  /** PostgreSQL returns a BIGINT as text, to lose no digit; amounts stay below 2^53, so Number is exact. */
  amount_minor: number | string;
  date: string;
}

export interface IndicatorTableRow {
  exercise_id: string; indicator_id: string; title: string; unit: string; baseline: number; baseline_date: string;
  target: number | null; target_period: string; actual: number | null; actual_period: string; source: string; responsible: string;
}

export function contributionFromTable(row: ContributionTableRow): ContributionRow {
  return {
    exerciseId: row.exercise_id, id: row.contribution_id, contributor: row.contributor, kind: row.kind,
    currency: Currency.parse(row.currency), amountMinor: Number(row.amount_minor), date: row.date,
  };
}

export function indicatorFromTable(row: IndicatorTableRow): IndicatorRow {
  return {
    exerciseId: row.exercise_id, id: row.indicator_id, title: row.title, unit: row.unit, baseline: row.baseline, baselineDate: row.baseline_date,
    target: row.target, targetPeriod: row.target_period, actual: row.actual, actualPeriod: row.actual_period,
    source: row.source, responsible: row.responsible,
  };
}
