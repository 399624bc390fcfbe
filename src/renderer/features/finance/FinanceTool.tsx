import { useState } from 'react';
import type { MethodToolProps } from '../methodTools/types';
import { FlowChart } from './FlowChart';
import { Indicators } from './Indicators';
import { LinesSection, type LineEditing } from './LinesSection';
import { PeriodTable } from './PeriodTable';
import { SettingsForm } from './SettingsForm';
import { useFinanceText } from './format';
import { useEstimate } from './useEstimate';
import './finance.css';

/**
 * The financial estimate: its assumptions, the indicators (kept near the top so the room sees
 * them move as lines are added), the cost and benefit lines, and the totals per period with the chart.
 */
export function FinanceTool({ doc, origin }: MethodToolProps) {
  const { estimate, results } = useEstimate(doc);
  const { t } = useFinanceText(estimate.periodUnit);
  const [editing, setEditing] = useState<LineEditing>();
  const sectionProps = { doc, origin, estimate, editing, onEditing: setEditing };
  return (
    <div className="finance">
      <section className="finance-section" aria-labelledby="finance-settings-heading">
        <h2 id="finance-settings-heading">{t('settings.heading')}</h2>
        <SettingsForm doc={doc} origin={origin} estimate={estimate} />
      </section>
      <section className="finance-section" aria-labelledby="finance-results-heading">
        <h2 id="finance-results-heading">{t('results.heading')}</h2>
        <Indicators estimate={estimate} results={results} />
      </section>
      {estimate.outside.length > 0 ? (
        <p className="finance-warning" role="status">
          {t('lines.outside', { count: estimate.outside.length })}
        </p>
      ) : null}
      <LinesSection kind="cost" {...sectionProps} />
      <LinesSection kind="benefit" {...sectionProps} />
      <section className="finance-section" aria-labelledby="finance-periods-heading">
        <h2 id="finance-periods-heading">{t('periods.heading')}</h2>
        <div className="finance-periods">
          <PeriodTable estimate={estimate} results={results} headingId="finance-periods-heading" />
          {/* An estimate without lines has nothing to draw: an axis of zeros would only mislead. */}
          {estimate.lines.length > 0 ? (
            <div className="finance-chart-box">
              <FlowChart results={results} currency={estimate.currency} periodUnit={estimate.periodUnit} />
            </div>
          ) : null}
        </div>
      </section>
    </div>
  );
}
