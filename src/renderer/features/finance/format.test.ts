import { describe, expect, it } from 'vitest';
import { Dec } from '../../../shared/methods/finance/decimal';
import { formatDecimal, formatMinor } from './format';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatMinor', () => {
  it('shows pesos in es-CO, with centavos only when there are some', () => {
    expect(plain(formatMinor(new Dec(4_132_231), 'COP', 'es-CO'))).toBe('$ 41.322,31');
    expect(plain(formatMinor(new Dec(100_000_000), 'COP', 'es-CO'))).toBe('$ 1.000.000');
    expect(plain(formatMinor(new Dec(-100_000_000), 'COP', 'es-CO'))).toBe('-$ 1.000.000');
  });

  it('shows the same digits as dollars, and keeps amounts beyond a float’s exact range exact', () => {
    expect(plain(formatMinor(new Dec(4_132_231), 'USD', 'es-CO'))).toBe('US$ 41.322,31');
    // 90.071.992.547.409,93: 9007199254740993 centavos is not a safe integer, but its text is exact.
    expect(plain(formatMinor(new Dec('9007199254740993'), 'COP', 'es-CO'))).toBe('$ 90.071.992.547.409,93');
  });
});

describe('formatDecimal', () => {
  it('shows an exact decimal with the locale’s mark', () => {
    expect(formatDecimal('1.5', 'es-CO')).toBe('1,5');
    expect(formatDecimal(new Dec('1.916666'), 'es-CO', 2, 2)).toBe('1,92');
  });
});
