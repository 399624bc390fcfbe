import { describe, expect, it } from 'vitest';
import { formatDate, formatMinutes, formatMoney, formatNumber } from './format';

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
});
