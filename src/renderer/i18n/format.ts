import { minorToDecimal, type Currency } from '../../shared/domain/money';

/** Intl formatters are costly to build and a list formats thousands of values: keep them. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/**
 * Dates, numbers and money through Intl in the chosen locale. Calendar dates are stored as
 * YYYY-MM-DD and formatted in UTC so a date never shifts by a day across time zones.
 */
export function formatDate(isoDate: string, locale: string, style: 'medium' | 'long' = 'medium'): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

export function formatDateTime(isoTimestamp: string, locale: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}

/** Colombian pesos have no minor unit in everyday use. */
export function formatMoney(amount: number, locale: string, currency: 'COP' | 'USD' = 'COP'): string {
  return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: currency === 'COP' ? 0 : 2 }).format(amount);
}

/**
 * Money kept in integer minor units (src/shared/domain/money.ts). Intl receives the exact decimal
 * text, so no float rounding creeps in; pesos show centavos only when there are some.
 */
export function formatMinorMoney(minor: number, currency: Currency, locale: string): string {
  const digits = currency === 'COP' && minor % 100 === 0 ? 0 : 2;
  // Intl formats a decimal string exactly (ECMA-402 2023); the lib typing only admits numbers.
  return numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minorToDecimal(minor, currency) as unknown as number);
}

export function formatMinutes(minutes: number, locale: string): string {
  return numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes);
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return numberFormat(locale, { style: 'unit', unit: units[unit], maximumFractionDigits: 1, unitDisplay: 'short' }).format(value);
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** "hace 3 minutos" / "3 minutes ago": the largest unit that fits, never in the future. */
export function formatRelativeTime(isoTimestamp: string, locale: string, now: number = Date.now()): string {
  const then = new Date(isoTimestamp).getTime();
  if (Number.isNaN(then)) return isoTimestamp;
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  const seconds = Math.min(0, Math.round((then - now) / 1000));
  const units: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400], ['hour', 3_600], ['minute', 60]];
  for (const [unit, size] of units) {
    if (-seconds >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(seconds < -10 ? seconds : 0, 'second');
}
