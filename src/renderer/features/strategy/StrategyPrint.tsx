import { useTranslation } from 'react-i18next';
import type { MethodPrintProps } from '../methodTools/types';
import { useLinkText } from './MilestonesSection';
import { PlanSummary } from './PlanSummary';
import { Timeline } from './Timeline';
import { readStrategyPlan } from '../../../shared/documents/strategy';
import { usePlanLocale } from './usePlan';
import './strategy.css';

/** Fits an A4 portrait sheet's text column; fixed, so the chart is drawn on the first paint. */
const chartWidth = 680;

/**
 * The plan on paper: challenge and vision, the summary, the Gantt chart (fixed size, never
 * animated), each objective with its initiatives as a table, and the milestones. Read once from
 * the document, with no effects, so it is complete when the PDF is taken.
 */
export function StrategyPrint({ doc }: MethodPrintProps) {
  const { t } = useTranslation('strategy');
  const plan = readStrategyPlan(doc);
  const { locale, date, today } = usePlanLocale();
  const linkText = useLinkText(plan);
  return (
    <div className="strategy-print">
      <h2>{t('plan.challenge')}</h2>
      <p className="strategy-print__text">{plan.challenge || '—'}</p>
      <h2>{t('plan.vision')}</h2>
      <p className="strategy-print__text">{plan.vision || '—'}</p>
      <h2>{t('summary.heading')}</h2>
      <PlanSummary plan={plan} today={today} locale={locale} />
      <h2>{t('timeline.heading')}</h2>
      <Timeline plan={plan} today={today} locale={locale} width={chartWidth} />
      <h2>{t('print.objectives')}</h2>
      {plan.objectives.length === 0 ? <p>{t('print.noObjectives')}</p> : null}
      {plan.objectives.map((objective) => {
        const initiatives = plan.initiatives.filter((initiative) => initiative.placed && initiative.objectiveId === objective.id);
        return (
          <div key={objective.id} className="strategy-print__objective">
            <h3>
              {objective.code} {objective.title}
            </h3>
            {objective.description ? <p className="strategy-print__text">{objective.description}</p> : null}
            {initiatives.length > 0 ? (
              <table className="strategy-print__table">
                <thead>
                  <tr>
                    <th>{t('initiatives.code')}</th>
                    <th>{t('initiatives.name')}</th>
                    <th>{t('initiatives.owner')}</th>
                    <th>{t('initiatives.dates')}</th>
                    <th>{t('initiatives.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {initiatives.map((initiative) => (
                    <tr key={initiative.id}>
                      <td>{initiative.code}</td>
                      <td>{initiative.name}</td>
                      <td>{initiative.owner}</td>
                      <td>{t('initiatives.range', { start: date(initiative.start), end: date(initiative.end) })}</td>
                      <td>{t(`status.${initiative.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>{t('initiatives.none')}</p>
            )}
          </div>
        );
      })}
      <h2>{t('milestones.heading')}</h2>
      {plan.milestones.length === 0 ? (
        <p>{t('milestones.none')}</p>
      ) : (
        <table className="strategy-print__table">
          <thead>
            <tr>
              <th>{t('milestones.number')}</th>
              <th>{t('milestones.name')}</th>
              <th>{t('milestones.date')}</th>
              <th>{t('milestones.link')}</th>
              <th>{t('milestones.done')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.milestones.map((milestone) => (
              <tr key={milestone.id}>
                <td>{t('milestones.code', { number: milestone.number })}</td>
                <td>{milestone.name}</td>
                <td>{date(milestone.date)}</td>
                <td>{linkText(milestone)}</td>
                <td>{t(milestone.done ? 'milestones.yes' : 'milestones.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
