import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorStatus, type Indicator, type PeriodValue } from '../../../shared/domain/indicator';
import { formatDate, formatNumber } from '../../i18n/format';
import { Button } from '../../ui';
import { ActualForm } from './ActualForm';

/** One indicator at a glance: baseline, final target, latest actual and a progress bar; and where to record an actual. */
export function IndicatorCard({ indicator, onEdit, onRemove, onRecord, children }: {
  indicator: Indicator;
  /** What a page adds about this indicator (the impact model: its place in the chain, its chart). */
  children?: ReactNode;
  onEdit: () => void;
  onRemove: () => void;
  onRecord: (actual: PeriodValue) => Promise<void>;
}) {
  const { t, i18n } = useTranslation('results');
  const locale = i18n.language;
  const status = indicatorStatus(indicator);
  const withUnit = (value: number) => (indicator.unit ? `${formatNumber(value, locale)} ${indicator.unit}` : formatNumber(value, locale));
  const inPeriod = (entry: { value: number; period: string } | undefined) =>
    entry ? t('indicators.inPeriod', { value: withUnit(entry.value), period: entry.period }) : t('indicators.none');
  const baselineDate = indicator.baseline.date ? formatDate(indicator.baseline.date, locale) : '';
  const percent = status.progress === undefined ? undefined : Math.round(status.progress * 100);

  return (
    <article className="card results-indicator" aria-labelledby={`indicator-${indicator.id}`}>
      <div className="section__header">
        <h3 id={`indicator-${indicator.id}`}>{indicator.title}</h3>
        <div className="results-actions">
          <Button variant="ghost" aria-label={t('indicators.edit', { title: indicator.title })} onClick={onEdit}>
            {t('common:actions.edit')}
          </Button>
          <Button variant="ghost" aria-label={t('indicators.remove', { title: indicator.title })} onClick={onRemove}>
            {t('indicators.removeConfirm')}
          </Button>
        </div>
      </div>
      <dl className="details">
        <div>
          <dt>{t('indicators.baseline')}</dt>
          <dd>{baselineDate ? t('indicators.inPeriod', { value: withUnit(indicator.baseline.value), period: baselineDate }) : withUnit(indicator.baseline.value)}</dd>
        </div>
        <div>
          <dt>{t('indicators.target')}</dt>
          <dd>{inPeriod(status.target)}</dd>
        </div>
        <div>
          <dt>{t('indicators.latest')}</dt>
          <dd>{inPeriod(status.latest)}</dd>
        </div>
        <div>
          <dt>{t('indicators.progress')}</dt>
          <dd className="results-progress">
            {percent === undefined ? (
              <span className="muted">{t('indicators.noProgress')}</span>
            ) : (
              <>
                <progress max={100} value={percent} aria-label={t('indicators.progressOf', { title: indicator.title })} />
                <span>{formatNumber(status.progress ?? 0, locale, { style: 'percent' })}</span>
              </>
            )}
          </dd>
        </div>
      </dl>
      {children}
      <ActualForm title={indicator.title} onSave={onRecord} />
    </article>
  );
}
