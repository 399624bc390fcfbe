import { useTranslation } from 'react-i18next';
import type { BenchmarkCase } from '../../../shared/documents/benchmark';
import type { RankedCase } from '../../../shared/methods/benchmark/score';

/** A case's rank («2 · empate»), or why it has none: incomplete (how many criteria scored) or not scored. */
export function RankLabel({ entry, tied }: { entry: RankedCase<BenchmarkCase>; tied: boolean }) {
  const { t } = useTranslation('benchmark');
  const { rank, total } = entry;
  if (rank !== undefined) {
    return (
      <span className="benchmark-rank">
        <strong>{rank}</strong>
        {tied ? <span className="badge badge--muted">{t('matrix.tie')}</span> : null}
      </span>
    );
  }
  if (total.scoredCount === 0) return <span className="muted">{t('matrix.noScore')}</span>;
  return (
    <span className="benchmark-incomplete">
      {t('matrix.incomplete')}
      <span className="benchmark-sub">{t('matrix.incompleteDetail', { scored: total.scoredCount, total: total.criteriaCount })}</span>
    </span>
  );
}
