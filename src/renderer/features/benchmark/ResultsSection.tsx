import { useTranslation } from 'react-i18next';
import type { BenchmarkResults } from '../../../shared/methods/benchmark/results';
import { ChartLegend, chartBars, rankingSummary, ResultsChart } from './ResultsChart';
import { RankingList } from './RankingList';

/** The ranking in words (an ordered list) and as bars, both live as scores change. */
export function ResultsSection({ results }: { results: BenchmarkResults }) {
  const { t, i18n } = useTranslation('benchmark');
  const locale = i18n.language;
  const bars = chartBars(results, t, locale);
  return (
    <section className="benchmark-section" aria-labelledby="benchmark-results-heading">
      <h2 id="benchmark-results-heading" className="benchmark-section__title">{t('results.heading')}</h2>
      {bars.length === 0 ? (
        <p className="muted">{t('results.empty')}</p>
      ) : (
        <div className="benchmark-results">
          <RankingList results={results} labelledBy="benchmark-results-heading" />
          <div className="benchmark-results__chart">
            <ResultsChart bars={bars} label={t('results.chartLabel', { summary: rankingSummary(results, t, locale) })} axisLabel={t('results.axis')} locale={locale} />
            <ChartLegend t={t} />
          </div>
        </div>
      )}
    </section>
  );
}
