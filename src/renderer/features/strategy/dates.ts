import { isoFromDay } from '../../../shared/documents/strategy';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An axis label for a month start in the UI language: «ene 2026» / «Jan 2026», or the year alone
 * when the ticks are a year apart. UTC, like every plan date.
 */
export function formatMonthTick(day: number, locale: string, yearly: boolean): string {
  const key = `${locale}|${yearly}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, yearly ? { year: 'numeric', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format.format(new Date(`${isoFromDay(day)}T00:00:00Z`));
}

/** Whether consecutive ticks are at least a year apart. */
export function yearlyTicks(ticks: readonly number[]): boolean {
  return ticks.length > 1 && ticks[1]! - ticks[0]! >= 365;
}
