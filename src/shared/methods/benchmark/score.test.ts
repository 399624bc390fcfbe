import { describe, expect, it } from 'vitest';
import { caseTotal, compareTotals, criterionShares, rankCases, toDisplay, totalWeight, type ScoreOf } from './score';

// The criteria of the worked example, also used by the end-to-end spec.
const criteria = [
  { id: 'coverage', weight: 50 },
  { id: 'cost', weight: 30 },
  { id: 'sustainability', weight: 20 },
];
const scores = (values: Record<string, number | undefined>): ScoreOf => (id) => values[id];

describe('criterion shares', () => {
  it('divides each weight by the total weight', () => {
    // 50 + 30 + 20 = 100 → 50 %, 30 %, 20 %.
    const shares = criterionShares(criteria);
    expect(totalWeight(criteria).toString()).toBe('100');
    expect(shares.get('coverage')?.toString()).toBe('50');
    expect(shares.get('cost')?.toString()).toBe('30');
    expect(shares.get('sustainability')?.toString()).toBe('20');
  });

  it('keeps thirds exact until shown', () => {
    // 1 / (1 + 1 + 1) = 33.333… %; shown with one decimal: 33.3; the three add up to 100 exactly.
    const shares = criterionShares([{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 1 }]);
    expect(toDisplay(shares.get('a')!, 1)).toBe(33.3);
    const sum = [...shares.values()].reduce((total, share) => total.plus(share));
    expect(toDisplay(sum, 10)).toBe(100);
  });

  it('works with decimal weights without float drift', () => {
    // 0.1 / (0.1 + 0.2) = 1/3 and 0.2 / 0.3 = 2/3 (in floats 0.1 + 0.2 is 0.30000000000000004).
    const shares = criterionShares([{ id: 'a', weight: 0.1 }, { id: 'b', weight: 0.2 }]);
    expect(totalWeight([{ id: 'a', weight: 0.1 }, { id: 'b', weight: 0.2 }]).toString()).toBe('0.3');
    expect(toDisplay(shares.get('a')!, 2)).toBe(33.33);
    expect(toDisplay(shares.get('b')!, 2)).toBe(66.67);
  });

  it('gives 0 to a weight that is not positive, and to everything when there is no weight', () => {
    // A foreign document's weight of −5 does not count: 10 / 10 = 100 %.
    const shares = criterionShares([{ id: 'a', weight: 10 }, { id: 'b', weight: -5 }]);
    expect(shares.get('a')?.toString()).toBe('100');
    expect(shares.get('b')?.toString()).toBe('0');
    expect(criterionShares([{ id: 'a', weight: 0 }]).get('a')?.toString()).toBe('0');
  });
});

describe('a case’s weighted score', () => {
  it('is Σ w·s / Σ w on the 1–5 scale, and its percentage of 5', () => {
    // Case A: 50·4 + 30·3 + 20·5 = 200 + 90 + 100 = 390; 390 / 100 = 3.9; 3.9 / 5 = 78 %.
    const total = caseTotal(criteria, scores({ coverage: 4, cost: 3, sustainability: 5 }));
    expect(total.weightedSum.toString()).toBe('390');
    expect(total.mean?.toString()).toBe('3.9');
    expect(total.percentOfMax?.toString()).toBe('78');
    expect(total.complete).toBe(true);
    expect(total.coverage.toString()).toBe('100');
  });

  it('leaves unscored criteria out of the mean and marks the case incomplete', () => {
    // Only coverage (50) and cost (30) scored: (50·5 + 30·2) / 80 = 310 / 80 = 3.875 → 77.5 %;
    // 80 of 100 weight scored.
    const total = caseTotal(criteria, scores({ coverage: 5, cost: 2 }));
    expect(total.mean?.toString()).toBe('3.875');
    expect(total.percentOfMax?.toString()).toBe('77.5');
    expect(total.complete).toBe(false);
    expect(total.scoredCount).toBe(2);
    expect(total.criteriaCount).toBe(3);
    expect(total.coverage.toString()).toBe('80');
  });

  it('has no score while nothing is scored, and is never complete without criteria', () => {
    const nothing = caseTotal(criteria, scores({}));
    expect(nothing.mean).toBeUndefined();
    expect(nothing.percentOfMax).toBeUndefined();
    expect(nothing.complete).toBe(false);
    expect(caseTotal([], scores({})).complete).toBe(false);
  });

  it('ignores values that are not scores (0, 6, 2.5) as if unscored', () => {
    // Only cost counts: 30·4 / 30 = 4.
    const total = caseTotal(criteria, scores({ coverage: 0, cost: 4, sustainability: 2.5 }));
    expect(total.mean?.toString()).toBe('4');
    expect(total.scoredCount).toBe(1);
    expect(caseTotal(criteria, scores({ coverage: 6 })).scoredCount).toBe(0);
  });

  it('rounds thirds only for display', () => {
    // Weights 1, 1, 1 and scores 4, 4, 5: 13 / 3 = 4.333… → 4.33; % = 86.666… → 86.7.
    const thirds = [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 1 }];
    const total = caseTotal(thirds, scores({ a: 4, b: 4, c: 5 }));
    expect(toDisplay(total.mean!, 2)).toBe(4.33);
    expect(toDisplay(total.percentOfMax!, 1)).toBe(86.7);
  });
});

describe('comparing and ranking', () => {
  it('finds a tie between fractions that floats would split', () => {
    // Weights 0.1 and 0.2. X: (0.1·3 + 0.2·3) / 0.3 = 3. Y: only the 0.2 criterion, 3 → 0.6 / 0.2 = 3.
    // In floats 0.1·3 + 0.2·3 = 0.9000000000000001 and 0.9000000000000001 / 0.30000000000000004 ≠ 3.
    const light = [{ id: 'a', weight: 0.1 }, { id: 'b', weight: 0.2 }];
    const x = caseTotal(light, scores({ a: 3, b: 3 }));
    const y = caseTotal(light, scores({ b: 3 }));
    expect(compareTotals(x, y)).toBe(0);
    // 7/3 against 5/2: 7·2 = 14 < 5·3 = 15.
    const thirds = [{ id: 'a', weight: 1 }, { id: 'b', weight: 2 }];
    expect(compareTotals(caseTotal(thirds, scores({ a: 3, b: 2 })), caseTotal([{ id: 'a', weight: 2 }, { id: 'b', weight: 2 }], scores({ a: 3, b: 2 })))).toBeLessThan(0);
  });

  it('ranks complete cases with ties sharing a rank (1, 2, 2, 4)', () => {
    // A 4,3,5 → 3.9. B 5,3,2 → (250 + 90 + 40) / 100 = 3.8. C 3,5,4 → (150 + 150 + 80) / 100 = 3.8.
    // D 2,2,2 → 2. Ranks: A 1, B 2, C 2, D 4 (B before C: the matrix order breaks the display tie).
    const cases = [
      { name: 'D', scores: { coverage: 2, cost: 2, sustainability: 2 } },
      { name: 'B', scores: { coverage: 5, cost: 3, sustainability: 2 } },
      { name: 'A', scores: { coverage: 4, cost: 3, sustainability: 5 } },
      { name: 'C', scores: { coverage: 3, cost: 5, sustainability: 4 } },
    ];
    const ranked = rankCases(cases, (item) => caseTotal(criteria, scores(item.scores)));
    expect(ranked.map((entry) => [entry.item.name, entry.rank])).toEqual([['A', 1], ['B', 2], ['C', 2], ['D', 4]]);
    expect(ranked.map((entry) => entry.total.mean?.toString())).toEqual(['3.9', '3.8', '3.8', '2']);
  });

  it('gives incomplete cases no rank and lists them after, by provisional score, then the unscored', () => {
    // E complete: 3,3,3 → 3, rank 1. F only coverage 5 → 5 but incomplete. G only cost 2 → 2. H nothing.
    const cases = [
      { name: 'H', scores: {} },
      { name: 'G', scores: { cost: 2 } },
      { name: 'F', scores: { coverage: 5 } },
      { name: 'E', scores: { coverage: 3, cost: 3, sustainability: 3 } },
    ];
    const ranked = rankCases(cases, (item) => caseTotal(criteria, scores(item.scores)));
    expect(ranked.map((entry) => [entry.item.name, entry.rank])).toEqual([['E', 1], ['F', undefined], ['G', undefined], ['H', undefined]]);
  });

  it('ranks a three-way tie at the top as 1, 1, 1 and the next as 4', () => {
    const cases = [{ s: 3 }, { s: 3 }, { s: 3 }, { s: 1 }];
    const ranked = rankCases(cases, (item) => caseTotal([{ id: 'a', weight: 1 }], scores({ a: item.s })));
    expect(ranked.map((entry) => entry.rank)).toEqual([1, 1, 1, 4]);
  });
});
