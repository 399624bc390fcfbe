import { describe, expect, it } from 'vitest';
import { formatShortcut, rangeHas, toggledFormat } from './formatting';

const runs = [{ insert: 'hola ' }, { insert: 'mundo', attributes: { bold: true } }];

describe('text formatting toggles', () => {
  it('knows whether a whole range carries an attribute', () => {
    expect(rangeHas(runs, 5, 5, 'bold')).toBe(true);
    expect(rangeHas(runs, 3, 4, 'bold')).toBe(false);
    expect(rangeHas(runs, 5, 0, 'bold')).toBe(false);
  });

  it('turns formatting on unless the whole range already has it', () => {
    expect(toggledFormat(runs, 5, 5, 'bold')).toEqual({ bold: false });
    expect(toggledFormat(runs, 0, 10, 'bold')).toEqual({ bold: true });
    expect(toggledFormat(runs, 5, 5, 'italic')).toEqual({ italic: true });
  });

  it('maps Ctrl+B and Ctrl+I', () => {
    expect(formatShortcut({ key: 'b', ctrlKey: true, metaKey: false, altKey: false })).toBe('bold');
    expect(formatShortcut({ key: 'I', ctrlKey: false, metaKey: true, altKey: false })).toBe('italic');
    expect(formatShortcut({ key: 'b', ctrlKey: false, metaKey: false, altKey: false })).toBeUndefined();
  });
});
