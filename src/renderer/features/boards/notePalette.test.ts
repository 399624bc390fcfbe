import { describe, expect, it } from 'vitest';
import { noteColors } from '../../../shared/domain/board';
import { contrastRatio, notePalette, noteTextColour } from './notePalette';

describe('note palette', () => {
  it('has a fill for every note colour of the domain', () => {
    expect(Object.keys(notePalette).sort()).toEqual([...noteColors].sort());
  });

  it('keeps note text far above AA contrast on every fill', () => {
    for (const colour of noteColors) expect(contrastRatio(noteTextColour, notePalette[colour].fill)).toBeGreaterThan(12);
  });

  it('computes known contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });
});
