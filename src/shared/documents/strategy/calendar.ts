/**
 * Calendar dates as the plan stores them: `YYYY-MM-DD` strings. All arithmetic runs on whole UTC
 * days ("day numbers": days since 1970-01-01), so no time zone or daylight-saving change can move
 * a date by one.
 */
const msPerDay = 86_400_000;
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar date (2026-02-30 is not: Date.UTC would roll it into March). */
export function isCalendarDate(iso: string): boolean {
  const match = isoPattern.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Years a plan can sensibly hold. A slip in a date field ("226" for 2026) gives year 0226, and a
 * timeline from 226 to 2030 would squeeze every bar to nothing: such dates are refused.
 */
export const planYears = { first: 1900, last: 2200 } as const;

/** A calendar date within `planYears`. */
export function isPlanDate(iso: string): boolean {
  if (!isCalendarDate(iso)) return false;
  const year = Number(iso.slice(0, 4));
  return year >= planYears.first && year <= planYears.last;
}

/** Days since 1970-01-01 (UTC); NaN for text that is not a calendar date. */
export function dayNumber(iso: string): number {
  if (!isCalendarDate(iso)) return Number.NaN;
  return Date.parse(`${iso}T00:00:00Z`) / msPerDay;
}

export function isoFromDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day number of the first day of the month `months` after the month holding `day`. */
export function monthStartAfter(day: number, months = 0): number {
  const date = new Date(day * msPerDay);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1) / msPerDay;
}

/** Months since January 1970 of the month holding `day` (0 = January 1970). */
export function monthIndex(day: number): number {
  const date = new Date(day * msPerDay);
  return (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
}

