import { describe, expect, it } from 'vitest';
import { orderBetween, reorder } from './ordering';

const shown = (entries: { id: string; order: number }[], writes: Map<string, number> | undefined) =>
  entries
    .map((entry) => ({ ...entry, order: writes?.get(entry.id) ?? entry.order }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map((entry) => entry.id);

describe('ordering', () => {
  it('puts a number strictly between neighbours, or past an end', () => {
    expect(orderBetween(1, 2)).toBe(1.5);
    expect(orderBetween(undefined, 1)).toBe(0);
    expect(orderBetween(3, undefined)).toBe(4);
    expect(orderBetween(undefined, undefined)).toBe(1);
  });

  it('moves one entry with one write when the neighbours differ', () => {
    const entries = [{ id: 'a', order: 1 }, { id: 'b', order: 2 }, { id: 'c', order: 3 }];
    const writes = reorder(entries, 'c', 1);
    expect(writes).toEqual(new Map([['c', 1.5]]));
    expect(shown(entries, writes)).toEqual(['a', 'c', 'b']);
  });

  it('renumbers the list when rows added apart share orders, so the move lands where asked', () => {
    // Laptop A added a2, a3 (orders 2, 3) while laptop B added b2, b3 (also 2, 3); shown by id.
    const entries = [{ id: 'x', order: 1 }, { id: 'a2', order: 2 }, { id: 'b2', order: 2 }, { id: 'a3', order: 3 }, { id: 'b3', order: 3 }];
    // Move b3 one place up: between b2 (2) and a3 (3), one number fits.
    expect(shown(entries, reorder(entries, 'b3', 3))).toEqual(['x', 'a2', 'b2', 'b3', 'a3']);
    // Move a3 between a2 and b2, which tie at 2: no number fits, so all five are renumbered.
    const writes = reorder(entries, 'a3', 2);
    expect(shown(entries, writes)).toEqual(['x', 'a2', 'a3', 'b2', 'b3']);
    expect(writes).toEqual(new Map([['x', 1], ['a2', 2], ['a3', 3], ['b2', 4], ['b3', 5]]));
  });

  it('writes nothing for an unknown id or a move to where it already is', () => {
    const entries = [{ id: 'a', order: 1 }, { id: 'b', order: 2 }];
    expect(reorder(entries, 'z', 0)).toBeUndefined();
    expect(reorder(entries, 'a', 0)).toBeUndefined();
  });
});
