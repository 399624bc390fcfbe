import { describe, expect, it } from 'vitest';
import { cssString } from './PrintPageStyle';

describe('cssString', () => {
  it('quotes a title for an @page content rule, so a quote or backslash in it cannot end the string', () => {
    expect(cssString('Taller «Agua»')).toBe('"Taller «Agua»"');
    expect(cssString('Dijo "sí" \\ no')).toBe('"Dijo \\"sí\\" \\\\ no"');
    expect(cssString('dos\nlíneas')).toBe('"dos líneas"');
  });
});
