import type { CaseTotal } from '../../../shared/methods/benchmark/score';
import { toDisplay } from '../../../shared/methods/benchmark/score';
import { formatNumber } from '../../i18n/format';

type Exact = CaseTotal['coverage'];

/** A weighted score on the 1–5 scale, always with two decimals so a column lines up: 3,90. */
export function formatScore(value: Exact | undefined, locale: string): string {
  if (value === undefined) return '—';
  return formatNumber(toDisplay(value, 2), locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A percentage kept exact in [0, 100], shown with at most one decimal: 78 %, 77,5 %. */
export function formatPercent(value: Exact | undefined, locale: string): string {
  if (value === undefined) return '—';
  return formatNumber(toDisplay(value, 1) / 100, locale, { style: 'percent', maximumFractionDigits: 1 });
}

export function formatWeight(weight: number, locale: string): string {
  return formatNumber(weight, locale, { maximumFractionDigits: 2 });
}
