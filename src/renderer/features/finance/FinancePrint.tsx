import { useId, useMemo } from 'react';
import type { FlowKind } from '../../../shared/methods/finance/cashFlow';
import type { MethodPrintProps } from '../methodTools/types';
import { FlowChart } from './FlowChart';
import { Indicators } from './Indicators';
import { LinesTable } from './LinesTable';
import { PeriodTable } from './PeriodTable';
import { formatMinor, useFinanceText } from './format';
import { readEstimate } from './useEstimate';
import './finance.css';

/** Sized for an A4 page inside the print margins; fixed so the chart is complete when the PDF is taken. */
const chartSize = { width: 680, height: 300 };

/** The estimate on paper: assumptions, indicators, the lines, the totals per period and the chart. */
export function FinancePrint({ doc }: MethodPrintProps) {
  const { estimate, results } = useMemo(() => readEstimate(doc), [doc]);
  const { t, locale, rateText } = useFinanceText(estimate.periodUnit);
  const horizon = t(`period.horizon.${estimate.periodUnit}`, { horizon: estimate.horizon });
  const kinds: FlowKind[] = ['cost', 'benefit'];
  // A workshop report may print several estimates: ids must not repeat on the page.
  const id = useId();
  return (
    <section className="finance-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('title')}</h2>
      <p>{t('settings.summary', { currency: t(`settings.currencies.${estimate.currency}`), horizon, rate: rateText(estimate.discountRate) })}</p>
      <h3>{t('results.heading')}</h3>
      <Indicators estimate={estimate} results={results} />
      {kinds.map((kind) => {
        const lines = estimate.lines.filter((line) => line.kind === kind);
        return (
          <div key={kind} className="finance-print__block">
            <h3 id={`${id}-${kind}`}>{t(`lines.${kind}.heading`)}</h3>
            {lines.length > 0 ? (
              <LinesTable kind={kind} lines={lines} currency={estimate.currency} periodUnit={estimate.periodUnit} headingId={`${id}-${kind}`} />
            ) : (
              <p>{t(`lines.${kind}.total`)}: {formatMinor(kind === 'cost' ? results.totalCosts : results.totalBenefits, estimate.currency, locale)}</p>
            )}
          </div>
        );
      })}
      <div className="finance-print__block">
        <h3 id={`${id}-periods`}>{t('periods.heading')}</h3>
        <PeriodTable estimate={estimate} results={results} headingId={`${id}-periods`} />
      </div>
      {estimate.lines.length > 0 ? <FlowChart results={results} currency={estimate.currency} periodUnit={estimate.periodUnit} size={chartSize} /> : null}
    </section>
  );
}
