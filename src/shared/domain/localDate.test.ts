import { describe, expect, it } from 'vitest';
import { localIsoDate } from './localDate';

describe('localIsoDate', () => {
  it('writes the local calendar date with padded month and day', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 10, 28, 0, 1))).toBe('2026-11-28');
  });
});
