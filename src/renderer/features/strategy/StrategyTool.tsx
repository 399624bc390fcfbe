import { useTranslation } from 'react-i18next';
import { setPlanText } from '../../../shared/documents/strategy';
import { DocTextField } from '../journey/DocTextField';
import type { MethodToolProps } from '../methodTools/types';
import { MilestonesSection } from './MilestonesSection';
import { ObjectivesSection } from './ObjectivesSection';
import { PlanSummary } from './PlanSummary';
import { Timeline } from './Timeline';
import { usePlan, usePlanLocale } from './usePlan';
import './strategy.css';

/**
 * The strategic plan's main view. What a room looks at first comes first (progress and the
 * timeline, once there is something dated to show); the challenge, vision, objectives, initiatives and
 * milestones are edited below. Every change is one undo step of the board.
 */
export function StrategyTool({ doc, origin }: MethodToolProps) {
  const { t } = useTranslation('strategy');
  const plan = usePlan(doc);
  const { locale, date, today } = usePlanLocale();
  const hasWork = plan.initiatives.length > 0 || plan.milestones.length > 0;
  return (
    <div className="strategy">
      <p className="muted strategy__intro">{t('intro')}</p>
      {hasWork ? (
        <section className="strategy-section" aria-labelledby="strategy-summary">
          <h2 id="strategy-summary" className="strategy-section__title">
            {t('summary.heading')}
          </h2>
          <PlanSummary plan={plan} today={today} locale={locale} />
        </section>
      ) : null}
      {hasWork ? (
        <section className="strategy-section" aria-labelledby="strategy-timeline">
          <h2 id="strategy-timeline" className="strategy-section__title">
            {t('timeline.heading')}
          </h2>
          <Timeline plan={plan} today={today} locale={locale} />
        </section>
      ) : null}
      <section className="strategy-section" aria-labelledby="strategy-plan">
        <h2 id="strategy-plan" className="strategy-section__title">
          {t('plan.heading')}
        </h2>
        <div className="strategy-plan-texts">
          <DocTextField label={t('plan.challenge')} hint={t('plan.challengeHint')} value={plan.challenge} multiline onCommit={(value) => setPlanText(doc, 'challenge', value, origin)} />
          <DocTextField label={t('plan.vision')} hint={t('plan.visionHint')} value={plan.vision} multiline onCommit={(value) => setPlanText(doc, 'vision', value, origin)} />
        </div>
      </section>
      <ObjectivesSection doc={doc} origin={origin} plan={plan} today={today} date={date} />
      <MilestonesSection doc={doc} origin={origin} plan={plan} date={date} />
    </div>
  );
}
