import { formatNumber } from '../../i18n/format';

/** A mean on the 1–5 scale, always two decimals ("3,67"); a dash when there is none. */
export function formatMean(value: number | undefined, locale: string, none: string): string {
  return value === undefined ? none : formatNumber(value, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A change between rounds with its sign ("+0,83", "−0,50", "0,00"). */
export function formatChange(value: number | undefined, locale: string, none: string): string {
  return value === undefined ? none : formatNumber(value, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
}
