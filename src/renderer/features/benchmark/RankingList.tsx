import { useTranslation } from 'react-i18next';
import type { BenchmarkResults } from '../../../shared/methods/benchmark/results';
import { formatPercent, formatScore } from './display';

/** «1. GDS — 3,90 (78 %)», one line per scored case in rank order; incomplete cases say so. */
export function RankingList({ results, labelledBy }: { results: BenchmarkResults; labelledBy?: string }) {
  const { t, i18n } = useTranslation('benchmark');
  const locale = i18n.language;
  const scored = results.ranking.filter((entry) => entry.total.mean !== undefined);
  return (
    <ol className="benchmark-ranking" aria-labelledby={labelledBy}>
      {scored.map((entry) => {
        const values = { name: entry.item.organisation, score: formatScore(entry.total.mean, locale), percent: formatPercent(entry.total.percentOfMax, locale) };
        const tied = entry.rank !== undefined && results.tiedRanks.has(entry.rank);
        return (
          <li key={entry.item.id} className={entry.rank === undefined ? 'benchmark-ranking__incomplete' : undefined}>
            {entry.rank !== undefined ? t('results.ranked', { ...values, rank: entry.rank }) : t('results.unranked', values)}
            {tied ? <span className="badge badge--muted">{t('matrix.tie')}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
