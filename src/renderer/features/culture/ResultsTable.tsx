import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../shared/methods/culture/results';
import { formatNumber } from '../../i18n/format';
import { formatChange, formatMean } from './format';

/**
 * The per-dimension numbers: the mean and n of the baseline and of the compared follow-up, and
 * the change. On screen it is the radar's accessible alternative; on paper it is the result.
 */
export function ResultsTable({ comparison }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation('culture');
  const locale = i18n.language;
  const none = t('results.none');
  const baselineName = comparison.baselineRound?.name ?? t('rounds.baselineName');
  const followUpName = comparison.followUpRound?.name;
  const count = (value: number) => formatNumber(value, locale);
  return (
    <table className="culture-table">
      <caption>{t('results.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            {t('results.dimension')}
          </th>
          <th scope="colgroup" colSpan={2} className="culture-table__round">
            {baselineName}
          </th>
          {followUpName !== undefined ? (
            <>
              <th scope="colgroup" colSpan={2} className="culture-table__round">
                {followUpName}
              </th>
              <th scope="col" rowSpan={2} className="culture-num">
                {t('results.change')}
              </th>
            </>
          ) : null}
        </tr>
        <tr>
          {[baselineName, ...(followUpName !== undefined ? [followUpName] : [])].map((round, index) => (
            <Fragment key={index}>
              <th scope="col" className="culture-num" aria-label={t('results.mean', { round })}>
                {t('results.meanShort')}
              </th>
              <th scope="col" className="culture-num" aria-label={t('results.n', { round })}>
                n
              </th>
            </Fragment>
          ))}
        </tr>
      </thead>
      <tbody>
        {comparison.rows.map((row) => (
          <tr key={row.dimensionId}>
            <th scope="row">{row.name}</th>
            <td className="culture-num">{formatMean(row.baseline.mean, locale, none)}</td>
            <td className="culture-num">{count(row.baseline.answers)}</td>
            {followUpName !== undefined ? (
              <>
                <td className="culture-num">{formatMean(row.followUp?.mean, locale, none)}</td>
                <td className="culture-num">{count(row.followUp?.answers ?? 0)}</td>
                <td className="culture-num culture-change">{formatChange(row.change, locale, none)}</td>
              </>
            ) : null}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('results.overall')}</th>
          <td className="culture-num">{formatMean(comparison.baseline?.overall, locale, none)}</td>
          <td className="culture-num">{count(comparison.rows.reduce((sum, row) => sum + row.baseline.answers, 0))}</td>
          {followUpName !== undefined ? (
            <>
              <td className="culture-num">{formatMean(comparison.followUp?.overall, locale, none)}</td>
              <td className="culture-num">{count(comparison.rows.reduce((sum, row) => sum + (row.followUp?.answers ?? 0), 0))}</td>
              <td className="culture-num culture-change">{formatChange(comparison.overallChange, locale, none)}</td>
            </>
          ) : null}
        </tr>
      </tfoot>
    </table>
  );
}
