import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../shared/documents/strategy';
import { formatMonthTick, yearlyTicks } from './dates';

describe('timeline axis labels', () => {
  it('names month starts in the UI language, in UTC', () => {
    expect(formatMonthTick(dayNumber('2026-03-01'), 'en', false)).toBe('Mar 2026');
    expect(formatMonthTick(dayNumber('2026-03-01'), 'es-CO', false)).toMatch(/^mar\.?( de)? 2026$/);
    expect(formatMonthTick(dayNumber('2027-01-01'), 'es-CO', true)).toBe('2027');
  });

  it('switches to years when the ticks are a year apart', () => {
    expect(yearlyTicks([dayNumber('2026-01-01'), dayNumber('2027-01-01')])).toBe(true);
    expect(yearlyTicks([dayNumber('2026-01-01'), dayNumber('2026-07-01')])).toBe(false);
    expect(yearlyTicks([dayNumber('2026-01-01')])).toBe(false);
  });
});
