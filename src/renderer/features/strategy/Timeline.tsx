import { useTranslation } from 'react-i18next';
import { buildTimeline, isoFromDay, type StrategyPlan } from '../../../shared/documents/strategy';
import { formatDate } from '../../i18n/format';
import { GanttChart } from './GanttChart';
import { GanttLegend } from './GanttLegend';

/**
 * The Gantt chart with its key, named as one image for screen readers (the tables hold the same
 * data as text). `width` fixes its size for paper.
 */
export function Timeline({ plan, today, locale, width }: { plan: StrategyPlan; today: string; locale: string; width?: number }) {
  const { t } = useTranslation('strategy');
  const timeline = buildTimeline(plan, today);
  if (!timeline) return <p className="muted">{t('timeline.empty')}</p>;
  const label = t('timeline.chartLabel', {
    count: plan.initiatives.length,
    from: formatDate(isoFromDay(timeline.bounds.start), locale, 'long'),
    to: formatDate(isoFromDay(timeline.bounds.end - 1), locale, 'long'),
  });
  return (
    <div className="strategy-timeline">
      <div role="img" aria-label={label} className="strategy-timeline__chart">
        <GanttChart timeline={timeline} width={width} locale={locale} />
      </div>
      <GanttLegend />
    </div>
  );
}
