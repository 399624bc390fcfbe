import { z } from 'zod';
import { validationKeys } from './errors';

/**
 * A reporting period of an indicator's target or actual, as the IATI results model has them:
 * a year ("2026"), a half ("2026-H1"), a quarter ("2026-Q3"), a month ("2026-04"), a day
 * ("2026-04-15") or any range of days ("2026-01-15/2026-07-31"). Kept as the text typed, so two
 * facilitators recording the same period write the same key.
 */
export interface PeriodRange {
  /** First and last day, inclusive, as YYYY-MM-DD. */
  start: string;
  end: string;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const isoDay = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
// Day 0 of the next month is the last day of this one.
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function validDay(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month) ? text : undefined;
}

function monthsRange(year: number, firstMonth: number, lastMonth: number): PeriodRange {
  return { start: isoDay(year, firstMonth, 1), end: isoDay(year, lastMonth, lastDay(year, lastMonth)) };
}

/** The days a period covers, or undefined when the text is not a period. */
export function periodRange(period: string): PeriodRange | undefined {
  const text = period.trim().toUpperCase();
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(text))) return monthsRange(Number(match[1]), 1, 12);
  if ((match = /^(\d{4})-H([12])$/.exec(text))) {
    const half = Number(match[2]);
    return monthsRange(Number(match[1]), half * 6 - 5, half * 6);
  }
  if ((match = /^(\d{4})-Q([1-4])$/.exec(text))) {
    const quarter = Number(match[2]);
    return monthsRange(Number(match[1]), quarter * 3 - 2, quarter * 3);
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(text))) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? monthsRange(Number(match[1]), month, month) : undefined;
  }
  const [from, to, ...rest] = text.split('/');
  if (rest.length > 0 || from === undefined) return undefined;
  const start = validDay(from);
  const end = to === undefined ? start : validDay(to);
  return start && end && start <= end ? { start, end } : undefined;
}

/** Orders periods by when they end, then when they start: "the latest" is the last one. */
export function comparePeriods(left: string, right: string): number {
  const a = periodRange(left);
  const b = periodRange(right);
  if (!a || !b) return a ? 1 : b ? -1 : left.localeCompare(right);
  return a.end.localeCompare(b.end) || a.start.localeCompare(b.start) || left.localeCompare(right);
}

/** A period as typed, trimmed and upper-cased ("2026-h1" and "2026-H1" are one key). */
export const Period = z
  .string({ error: validationKeys.required })
  .trim()
  .min(1, { error: validationKeys.required })
  .max(25, { error: validationKeys.invalidPeriod })
  .transform((value) => value.toUpperCase())
  .refine((value) => periodRange(value) !== undefined, { error: validationKeys.invalidPeriod });
