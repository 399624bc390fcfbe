import { describe, expect, it } from 'vitest';
import { presentationStep, stepIndex } from './presentationKeys';

describe('presentation keys', () => {
  it('maps arrows, page keys, space and Escape', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((key) => presentationStep(key))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((key) => presentationStep(key))).toEqual(['previous', 'previous', 'previous']);
    expect(presentationStep(' ', true)).toBe('previous');
    expect(presentationStep('Escape')).toBe('exit');
    expect(presentationStep('a')).toBeNull();
  });

  it('stays within the frames', () => {
    expect(stepIndex(0, 'previous', 3)).toBe(0);
    expect(stepIndex(2, 'next', 3)).toBe(2);
    expect(stepIndex(1, 'next', 3)).toBe(2);
    expect(stepIndex(1, 'last', 3)).toBe(2);
    expect(stepIndex(2, 'first', 3)).toBe(0);
    expect(stepIndex(0, 'next', 0)).toBe(0);
  });
});
