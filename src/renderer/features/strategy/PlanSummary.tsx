import { useTranslation } from 'react-i18next';
import { strategyStatuses, summarizePlan, type Milestone, type StrategyPlan } from '../../../shared/documents/strategy';
import { formatDate, formatNumber } from '../../i18n/format';
import { statusStyle } from './statusStyle';

/**
 * The plan at a glance: progress (done ÷ initiatives not cancelled), counts by status, overdue
 * initiatives and the milestones ahead and behind. Static, so the print view uses it as is.
 */
export function PlanSummary({ plan, today, locale }: { plan: StrategyPlan; today: string; locale: string }) {
  const { t } = useTranslation('strategy');
  const summary = summarizePlan(plan, today);
  const percent = formatNumber(summary.doneShare, locale, { style: 'percent', maximumFractionDigits: 0 });
  const milestoneText = (milestone: Milestone) =>
    t('summary.milestoneItem', { code: t('milestones.code', { number: milestone.number }), name: milestone.name, date: formatDate(milestone.date, locale) });
  return (
    <div className="strategy-summary">
      <div className="strategy-summary__progress">
        <p className="strategy-summary__big">{t('summary.progress', { done: summary.done, counted: summary.counted, percent })}</p>
        <progress max={1} value={summary.doneShare} aria-label={t('summary.progressLabel')} />
        {summary.counts.cancelled > 0 ? <p className="muted">{t('summary.cancelledNote', { count: summary.counts.cancelled })}</p> : null}
        <ul className="strategy-summary__counts" aria-label={t('summary.byStatus')}>
          {strategyStatuses.map((status) => (
            <li key={status}>
              <svg width="14" height="14" aria-hidden="true">
                <rect x="1" y="1" width="12" height="12" rx="2" fill={statusStyle[status].fill} stroke={statusStyle[status].stroke} strokeWidth="2" />
              </svg>
              {t(`status.${status}`)}: <strong>{summary.counts[status]}</strong>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <p className={summary.overdue.length > 0 ? 'strategy-summary__alert' : 'strategy-summary__ok'}>
          {summary.overdue.length > 0 ? t('summary.overdue', { count: summary.overdue.length }) : t('summary.overdueNone')}
        </p>
        {summary.overdue.length > 0 ? (
          <ul className="strategy-summary__list">
            {summary.overdue.map(({ initiative, daysLate }) => (
              <li key={initiative.id}>{t('summary.overdueItem', { code: initiative.code, name: initiative.name, date: formatDate(initiative.end, locale), count: daysLate })}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <div>
        <h3 className="strategy-subtitle">{t('summary.next')}</h3>
        {summary.nextMilestones.length > 0 ? (
          <ul className="strategy-summary__list">
            {summary.nextMilestones.map((milestone) => <li key={milestone.id}>{milestoneText(milestone)}</li>)}
          </ul>
        ) : (
          <p className="muted">{t('summary.nextNone')}</p>
        )}
        {summary.lateMilestones.length > 0 ? (
          <>
            <h3 className="strategy-subtitle">{t('summary.late')}</h3>
            <ul className="strategy-summary__list">
              {summary.lateMilestones.map((milestone) => <li key={milestone.id}>{milestoneText(milestone)}</li>)}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}
