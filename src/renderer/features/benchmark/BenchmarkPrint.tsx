import { useTranslation } from 'react-i18next';
import { cellKey, readBenchmark } from '../../../shared/documents/benchmark';
import { benchmarkResults } from '../../../shared/methods/benchmark/results';
import type { MethodPrintProps } from '../methodTools/types';
import { formatPercent, formatScore, formatWeight } from './display';
import { RankingList } from './RankingList';
import { ChartLegend, chartBars, rankingSummary, ResultsChart } from './ResultsChart';
import './benchmark.css';
import './benchmarkPrint.css';

/** Wide enough to read, narrow enough for a portrait A4 sheet and the report's column. */
const chartWidth = 680;

/**
 * The matrix on paper: criteria with their shares, the cases with their full source links, the
 * scores with totals and ranks, the ranking and its chart, then the evidence notes. Read once from
 * the document; the chart has a fixed size and no animation, and the print drivers wait for it to draw.
 */
export function BenchmarkPrint({ doc }: MethodPrintProps) {
  const { t, i18n } = useTranslation('benchmark');
  const locale = i18n.language;
  const benchmark = readBenchmark(doc);
  const results = benchmarkResults(benchmark);
  const { cases, criteria, cells } = benchmark;
  if (cases.length === 0 && criteria.length === 0) return <p>{t('print.empty')}</p>;
  const bars = chartBars(results, t, locale);
  const notes = cases.flatMap((item) =>
    criteria.flatMap((criterion) => {
      const cell = cells[cellKey(item.id, criterion.id)];
      return cell?.evidence ? [{ key: cellKey(item.id, criterion.id), item, criterion, cell }] : [];
    }),
  );

  return (
    <div className="benchmark-print">
      <h2>{t('title')}</h2>
      <p className="benchmark-print__note">{t('convention')}</p>

      <h3>{t('print.criteria')}</h3>
      <table className="benchmark-print__table">
        <thead>
          <tr><th scope="col">{t('criteria.name')}</th><th scope="col" className="num">{t('criteria.weight')}</th><th scope="col" className="num">{t('criteria.share')}</th></tr>
        </thead>
        <tbody>
          {criteria.map((criterion) => (
            <tr key={criterion.id}>
              <th scope="row">{criterion.name}</th>
              <td className="num">{formatWeight(criterion.weight, locale)}</td>
              <td className="num">{formatPercent(results.shares.get(criterion.id), locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('cases.heading')}</h3>
      <table className="benchmark-print__table">
        <thead>
          <tr><th scope="col">{t('cases.organisation')}</th><th scope="col">{t('cases.country')}</th><th scope="col">{t('cases.source')}</th></tr>
        </thead>
        <tbody>
          {cases.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.organisation}{item.description ? <span className="benchmark-print__sub">{item.description}</span> : null}</th>
              <td>{item.country}</td>
              <td className="benchmark-print__link">{item.source || t('cases.noSource')}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('print.matrix')}</h3>
      <table className="benchmark-print__table">
        <thead>
          <tr>
            <th scope="col">{t('matrix.case')}</th>
            {criteria.map((criterion) => <th scope="col" key={criterion.id} className="num">{criterion.name}</th>)}
            <th scope="col" className="num">{t('matrix.weighted')}</th>
            <th scope="col" className="num">{t('matrix.percent')}</th>
            <th scope="col">{t('matrix.rank')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => {
            const entry = results.byCase.get(item.id);
            const total = entry?.total;
            return (
              <tr key={item.id}>
                <th scope="row">{item.organisation}</th>
                {criteria.map((criterion) => <td key={criterion.id} className="num">{cells[cellKey(item.id, criterion.id)]?.score ?? t('matrix.notScored')}</td>)}
                <td className="num">{formatScore(total?.mean, locale)}{total && !total.complete && total.mean ? ` (${t('matrix.provisional')})` : ''}</td>
                <td className="num">{formatPercent(total?.percentOfMax, locale)}</td>
                <td>
                  {entry?.rank !== undefined
                    ? `${entry.rank}${results.tiedRanks.has(entry.rank) ? ` (${t('matrix.tie')})` : ''}`
                    : total?.scoredCount
                      ? `${t('matrix.incomplete')} (${t('matrix.incompleteDetail', { scored: total.scoredCount, total: total.criteriaCount })})`
                      : t('matrix.noScore')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {bars.length > 0 ? (
        <>
          <h3>{t('print.ranking')}</h3>
          <RankingList results={results} />
          <ResultsChart bars={bars} width={chartWidth} label={t('results.chartLabel', { summary: rankingSummary(results, t, locale) })} axisLabel={t('results.axis')} locale={locale} />
          <ChartLegend t={t} />
        </>
      ) : null}

      <h3>{t('print.evidence')}</h3>
      {notes.length === 0 ? (
        <p>{t('print.noEvidence')}</p>
      ) : (
        <dl className="benchmark-print__evidence">
          {notes.map(({ key, item, criterion, cell }) => (
            <div key={key}>
              <dt>{t('print.evidenceItem', { case: item.organisation, criterion: criterion.name, score: cell.score ?? t('matrix.notScored') })}</dt>
              <dd>{cell.evidence}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
