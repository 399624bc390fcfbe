import { describe, expect, it } from 'vitest';
import { hitPath } from './hitLink';

describe('hitPath', () => {
  it('opens each kind of hit on its own page', () => {
    expect(hitPath({ kind: 'exercise', id: 'e1' })).toBe('/exercises/e1');
    expect(hitPath({ kind: 'workshop', id: 'w1' })).toBe('/workshops/w1');
    expect(hitPath({ kind: 'board', id: 'b1' })).toBe('/boards/b1');
  });
});
