import { describe, expect, it } from 'vitest';
import { addTotals, minorToDecimal, minorToInput, parseAmount, totalsByCurrency } from './money';

describe('parseAmount', () => {
  it('reads amounts as people type them in Spanish and English into minor units', () => {
    expect(parseAmount('1500000')).toEqual({ ok: true, minor: 150_000_000 });
    expect(parseAmount('1.500.000')).toEqual({ ok: true, minor: 150_000_000 });
    expect(parseAmount('1,500,000')).toEqual({ ok: true, minor: 150_000_000 });
    expect(parseAmount('1.500.000,50')).toEqual({ ok: true, minor: 150_000_050 });
    expect(parseAmount('1,500,000.5')).toEqual({ ok: true, minor: 150_000_050 });
    expect(parseAmount(' $ 2500,05 ')).toEqual({ ok: true, minor: 250_005 });
    // 0.1 + 0.2 is not 0.3 in floating point; read as text it is exact.
    expect(parseAmount('0.30')).toEqual({ ok: true, minor: 30 });
  });

  it('refuses negative, zero, three decimals and text', () => {
    expect(parseAmount('-5')).toEqual({ ok: false, key: 'validation.amountPositive' });
    expect(parseAmount('0')).toEqual({ ok: false, key: 'validation.amountPositive' });
    expect(parseAmount('')).toEqual({ ok: false, key: 'validation.required' });
    expect(parseAmount('1,2345')).toEqual({ ok: false, key: 'validation.invalidAmount' });
    expect(parseAmount('12.34.5')).toEqual({ ok: false, key: 'validation.invalidAmount' });
    expect(parseAmount('diez')).toEqual({ ok: false, key: 'validation.invalidAmount' });
    expect(parseAmount('9'.repeat(20))).toEqual({ ok: false, key: 'validation.invalidAmount' });
  });
});

describe('minor units as text', () => {
  it('writes the exact decimal and the editable form', () => {
    expect(minorToDecimal(150_000_050, 'COP')).toBe('1500000.50');
    expect(minorToDecimal(5, 'USD')).toBe('0.05');
    expect(minorToDecimal(-1999, 'USD')).toBe('-19.99');
    expect(minorToInput(150_000_000, 'COP')).toBe('1500000');
    expect(minorToInput(150_000_050, 'COP')).toBe('1500000.5');
    expect(minorToInput(1000, 'USD')).toBe('10');
  });
});

describe('totals per currency', () => {
  it('adds each currency apart and exactly, with no exchange rate', () => {
    // Ten contributions of USD 0.10 and three of COP 1.500.000,33: floats would drift, integers do not.
    const entries = [
      ...Array.from({ length: 10 }, () => ({ currency: 'USD' as const, amountMinor: 10 })),
      ...Array.from({ length: 3 }, () => ({ currency: 'COP' as const, amountMinor: 150_000_033 })),
    ];
    expect(totalsByCurrency(entries)).toEqual({ COP: 450_000_099, USD: 100 });
    expect(minorToDecimal(totalsByCurrency(entries).USD, 'USD')).toBe('1.00');
    expect(addTotals([{ COP: 1, USD: 2 }, { COP: 3, USD: 4 }])).toEqual({ COP: 4, USD: 6 });
    expect(totalsByCurrency([])).toEqual({ COP: 0, USD: 0 });
  });

  it('refuses a total that could no longer be exact', () => {
    expect(() => totalsByCurrency([{ currency: 'COP', amountMinor: Number.MAX_SAFE_INTEGER }, { currency: 'COP', amountMinor: 1 }])).toThrow(RangeError);
  });
});
