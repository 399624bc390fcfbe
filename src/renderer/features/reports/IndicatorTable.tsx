import { useTranslation } from 'react-i18next';
import type { ReportIndicator } from '../../../shared/contract/reports';
import { formatDate, formatNumber } from '../../i18n/format';

/** Indicators with baseline, final target, latest actual and progress (a bar and the percentage). */
export function IndicatorTable({ indicators }: { indicators: readonly ReportIndicator[] }) {
  const { t, i18n } = useTranslation('reports');
  const locale = i18n.language;
  if (indicators.length === 0) return <p className="muted">{t('indicators.empty')}</p>;
  const withUnit = (value: number, unit: string) => (unit ? `${formatNumber(value, locale)} ${unit}` : formatNumber(value, locale));
  const inPeriod = (entry: { value: number; period: string } | undefined, unit: string) =>
    entry ? t('indicators.inPeriod', { value: withUnit(entry.value, unit), period: entry.period }) : t('indicators.none');
  return (
    <table className="report-table">
      <caption>{t('indicators.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('indicators.title')}</th>
          <th scope="col">{t('indicators.baseline')}</th>
          <th scope="col">{t('indicators.target')}</th>
          <th scope="col">{t('indicators.latest')}</th>
          <th scope="col">{t('indicators.progress')}</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => (
          <tr key={indicator.id}>
            <th scope="row">{indicator.title}</th>
            <td>
              {indicator.baseline.date
                ? t('indicators.inPeriod', { value: withUnit(indicator.baseline.value, indicator.unit), period: formatDate(indicator.baseline.date, locale) })
                : withUnit(indicator.baseline.value, indicator.unit)}
            </td>
            <td>{inPeriod(indicator.target, indicator.unit)}</td>
            <td>{inPeriod(indicator.latest, indicator.unit)}</td>
            <td className="report-progress">
              {indicator.progress === undefined ? (
                t('indicators.none')
              ) : (
                <>
                  <progress max={100} value={Math.round(indicator.progress * 100)} aria-label={t('indicators.progressOf', { title: indicator.title })} />
                  <span>{formatNumber(indicator.progress, locale, { style: 'percent' })}</span>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
