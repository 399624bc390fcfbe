import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCase, addCriterion, readBenchmark, setScore } from '../../documents/benchmark';
import { benchmarkResults } from './results';
import { toDisplay } from './score';

const blank = { country: '', source: '', description: '' };
const idOf = (result: { id: string } | { refused: string }) => ('id' in result ? result.id : '');

describe('benchmark results from a board', () => {
  it('scores, ranks and flags the tie of the worked example (the one the end-to-end spec checks)', () => {
    // Criteria 50 / 30 / 20. A 4,3,5 → 3.90 (78 %); B 5,3,2 → 3.80 (76 %); C 3,5,4 → 3.80 (76 %).
    // Ranks: A 1, B 2, C 2 (a tie). D has one score only: incomplete, no rank.
    const doc = new Y.Doc();
    const criteria = [['Cobertura', 50], ['Costo', 30], ['Sostenibilidad', 20]].map(([name, weight]) => idOf(addCriterion(doc, { name: name as string, weight: weight as number })));
    const table: [string, number[]][] = [['A', [4, 3, 5]], ['B', [5, 3, 2]], ['C', [3, 5, 4]], ['D', [2]]];
    for (const [organisation, scores] of table) {
      const id = idOf(addCase(doc, { organisation, ...blank }));
      scores.forEach((score, index) => setScore(doc, id, criteria[index]!, score));
    }
    const results = benchmarkResults(readBenchmark(doc));
    expect(results.ranking.map((entry) => [entry.item.organisation, entry.rank, toDisplay(entry.total.mean!, 2), toDisplay(entry.total.percentOfMax!, 1)])).toEqual([
      ['A', 1, 3.9, 78],
      ['B', 2, 3.8, 76],
      ['C', 2, 3.8, 76],
      ['D', undefined, 2, 40],
    ]);
    expect([...results.tiedRanks]).toEqual([2]);
    expect(results.shares.get(criteria[0]!)?.toString()).toBe('50');
    expect(results.byCase.size).toBe(4);
  });
});
