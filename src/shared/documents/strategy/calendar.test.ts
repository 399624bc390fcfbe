import { describe, expect, it } from 'vitest';
import { dayNumber, daysBetween, isCalendarDate, isoFromDay, monthIndex, monthStartAfter } from './calendar';

describe('plan calendar', () => {
  it('counts whole UTC days, leap years included', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    // February 2026 has 28 days, February 2024 has 29.
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(28);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2026-07-05', '2026-06-30')).toBe(-5);
    expect(isoFromDay(dayNumber('2026-12-31') + 1)).toBe('2027-01-01');
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
    expect(dayNumber('2026-13-01')).toBeNaN();
  });

  it('finds month starts and month indexes', () => {
    expect(isoFromDay(monthStartAfter(dayNumber('2026-11-28')))).toBe('2026-11-01');
    expect(isoFromDay(monthStartAfter(dayNumber('2026-11-28'), 2))).toBe('2027-01-01');
    // 56 years after 1970, in January: 56 × 12 = 672.
    expect(monthIndex(dayNumber('2026-01-31'))).toBe(672);
  });
});
