import { describe, expect, it } from 'vitest';
import { formatTags, parseTags } from './tags';

describe('parseTags', () => {
  it('splits on commas, drops the «#», keeps spaces inside a tag and the first spelling of repeats', () => {
    expect(parseTags(' #movilidad, Espacio   público ,, MOVILIDAD, espacio publico, #salud')).toEqual(['movilidad', 'Espacio público', 'salud']);
  });

  it('reads nothing from an empty or comma-only field, and round-trips what it shows', () => {
    expect(parseTags('')).toEqual([]);
    expect(parseTags(' , ,# ')).toEqual([]);
    expect(parseTags(formatTags(['agua', 'veredas rurales']))).toEqual(['agua', 'veredas rurales']);
  });
});
