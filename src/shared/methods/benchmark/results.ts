import { cellKey, type Benchmark, type BenchmarkCase } from '../../documents/benchmark';
import { caseTotal, criterionShares, rankCases, type RankedCase } from './score';

export interface BenchmarkResults {
  /** Each criterion's share of the total weight, in percent. */
  shares: ReturnType<typeof criterionShares>;
  /** Every case in reading order: ranked ones best first, then incomplete, then unscored. */
  ranking: RankedCase<BenchmarkCase>[];
  /** The same entries by case id, for the matrix (which keeps the cases' own order). */
  byCase: Map<string, RankedCase<BenchmarkCase>>;
  /** Ranks held by more than one case, so the screen can say «empate». */
  tiedRanks: Set<number>;
}

/** What the matrix, the chart and the print show, computed once from the board's matrix. */
export function benchmarkResults(benchmark: Benchmark): BenchmarkResults {
  const scoreOf = (caseId: string) => (criterionId: string) => benchmark.cells[cellKey(caseId, criterionId)]?.score;
  const ranking = rankCases(benchmark.cases, (item) => caseTotal(benchmark.criteria, scoreOf(item.id)));
  const seen = new Set<number>();
  const tiedRanks = new Set<number>();
  for (const entry of ranking) {
    if (entry.rank === undefined) continue;
    if (seen.has(entry.rank)) tiedRanks.add(entry.rank);
    seen.add(entry.rank);
  }
  return {
    shares: criterionShares(benchmark.criteria),
    ranking,
    byCase: new Map(ranking.map((entry) => [entry.item.id, entry])),
    tiedRanks,
  };
}
