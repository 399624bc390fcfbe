import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../shared/domain/indicator';
import { meanProgress, progressBars } from '../../../shared/domain/indicatorSeries';
import { formatNumber } from '../../i18n/format';

/**
 * Every indicator's progress in a few lines at the top of the exercise page: a bar and its
 * percentage each, and their mean. The bars are drawn with CSS (no chart library on this page)
 * and are hidden from screen readers, which read the percentage beside them.
 */
export function IndicatorsGlance({ indicators }: { indicators: readonly Indicator[] }) {
  const { t, i18n } = useTranslation('results');
  const locale = i18n.language;
  const bars = progressBars(indicators);
  const mean = meanProgress(bars);
  const percent = (value: number) => formatNumber(value / 100, locale, { style: 'percent' });
  return (
    <div className="results-glance">
      <h3 className="results-glance__title">{t('indicators.glance')}</h3>
      <ul className="results-glance__list" aria-label={t('indicators.glance')}>
        {bars.map((bar) => (
          <li key={bar.id} className="results-glance__row">
            <span className="results-glance__name">{bar.title}</span>
            <span className="results-glance__bar" aria-hidden="true">
              <span style={{ inlineSize: `${bar.percent ?? 0}%` }} />
            </span>
            <strong className="results-glance__figure">{bar.percent === undefined ? t('indicators.noProgress') : percent(bar.percent)}</strong>
          </li>
        ))}
      </ul>
      <p className="results-glance__mean">{mean === undefined ? t('indicators.meanNone') : t('indicators.mean', { percent: percent(mean) })}</p>
    </div>
  );
}
