import { describe, expect, it } from 'vitest';
import { sameValue } from './sameValue';

describe('sameValue', () => {
  it('compares plain objects, arrays and Maps by content', () => {
    expect(sameValue({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 1 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(new Map([['x', 1]]), new Map([['x', 1]]))).toBe(true);
    expect(sameValue(new Map([['x', 1]]), new Map([['x', 2]]))).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
