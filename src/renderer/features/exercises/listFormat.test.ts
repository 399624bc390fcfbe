import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../i18n/format';
import { createListFormatters } from './listFormat';

describe('createListFormatters', () => {
  it('formats exactly like the shared formatters, in both languages', () => {
    for (const locale of ['es-CO', 'en']) {
      const format = createListFormatters(locale);
      for (const date of ['2026-03-01', '2025-12-31', '', 'not-a-date']) expect(format.date(date)).toBe(formatDate(date, locale));
      for (const value of [0, 7, 1234]) expect(format.count(value)).toBe(formatNumber(value, locale));
    }
  });

  it('never shifts a calendar date across time zones', () => {
    expect(createListFormatters('en').date('2026-01-01')).toContain('2026');
    expect(createListFormatters('en').date('2026-01-01')).toContain('Jan 1');
  });
});
