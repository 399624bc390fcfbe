import { describe, expect, it } from 'vitest';
import { formatDate, formatMinutes, formatMoney, formatNumber, formatRelativeTime } from './format';

describe('locale formatting', () => {
  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2026-03-01', 'es-CO', 'long')).toBe('1 de marzo de 2026');
    expect(formatDate('2026-03-01', 'en', 'long')).toBe('March 1, 2026');
    expect(formatDate('', 'es-CO')).toBe('');
  });

  it('formats numbers and Colombian pesos per locale', () => {
    expect(formatNumber(1234567.5, 'es-CO')).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(formatMoney(2500000, 'es-CO').replace(/\s/g, ' ')).toBe('$ 2.500.000');
    expect(formatMoney(2500000, 'en').replace(/\s/g, ' ')).toBe('COP 2,500,000');
    expect(formatMinutes(90, 'en')).toBe('90 min');
  });

  it('says how long ago in the largest unit that fits', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(formatRelativeTime('2026-03-01T11:59:58Z', 'es-CO', now)).toBe('ahora');
    expect(formatRelativeTime('2026-03-01T11:57:00Z', 'es-CO', now)).toBe('hace 3 minutos');
    expect(formatRelativeTime('2026-03-01T09:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(formatRelativeTime('2026-02-28T12:00:00Z', 'en', now)).toBe('yesterday');
    // A clock a little ahead of this one is not "in 2 seconds".
    expect(formatRelativeTime('2026-03-01T12:00:02Z', 'en', now)).toBe('now');
  });
});
