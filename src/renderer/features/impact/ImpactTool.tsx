import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../shared/domain/indicator';
import { indicatorSeries, meanProgress, progressBars, toPercent } from '../../../shared/domain/indicatorSeries';
import { api } from '../../app/api';
import { formatNumber } from '../../i18n/format';
import { useApiQuery } from '../../ui';
import { IndicatorsPanel } from '../results/IndicatorsSection';
import type { MethodToolProps } from '../methodTools/types';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorLinkSelect } from './IndicatorLinkSelect';
import { ProgressChart } from './ProgressChart';
import { TheoryOfChange } from './TheoryOfChange';

/**
 * The impact model's board: the theory of change (in the board document) above the exercise's
 * indicators (in the exercise document, through the api, so they roll up to the exercise page).
 * The indicators are created, edited and recorded with the exercise page's own forms.
 */
export function ImpactTool({ doc, origin, exerciseId }: MethodToolProps) {
  const { t } = useTranslation('impact');
  // One list for the chain (which indicators measure each step) and the section below it.
  const indicators = useApiQuery(() => api.listIndicators({ exerciseId }), [exerciseId]);
  return (
    <div className="impact">
      <TheoryOfChange doc={doc} origin={origin} indicators={indicators.data ?? []} />
      <IndicatorsPanel
        exerciseId={exerciseId}
        query={indicators}
        intro={t('indicators.intro')}
        summary={(all) => <ProgressOverview indicators={all} />}
        details={(indicator) => (
          <div className="impact-indicator">
            <IndicatorLinkSelect doc={doc} origin={origin} indicator={indicator} />
            <IndicatorChart indicator={indicator} />
            <PeriodProgress indicator={indicator} />
          </div>
        )}
      />
    </div>
  );
}

function ProgressOverview({ indicators }: { indicators: readonly Indicator[] }) {
  const { t, i18n } = useTranslation('impact');
  const bars = progressBars(indicators);
  const mean = meanProgress(bars);
  return (
    <div className="impact-overview">
      <h3>{t('charts.overviewHeading')}</h3>
      <p className="muted">{t('charts.overviewIntro')}</p>
      <ProgressChart bars={bars} />
      <p className="impact-overview__mean">
        {mean === undefined ? t('charts.meanNone') : t('charts.mean', { percent: formatNumber(mean / 100, i18n.language, { style: 'percent' }) })}
      </p>
    </div>
  );
}

/** For each period with both a target and an actual: how much of that period's target was reached. */
export function PeriodProgress({ indicator }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation('impact');
  const points = indicatorSeries(indicator).filter((point) => point.period && point.periodProgress !== undefined);
  if (points.length === 0) return null;
  return (
    <ul className="impact-period-progress">
      {points.map((point) => (
        <li key={point.period}>
          {t('indicators.periodProgress', { period: point.period, percent: formatNumber((toPercent(point.periodProgress) ?? 0) / 100, i18n.language, { style: 'percent' }) })}
        </li>
      ))}
    </ul>
  );
}
