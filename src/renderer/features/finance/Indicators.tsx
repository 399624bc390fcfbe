import type { FinanceEstimate } from '../../../shared/documents/finance';
import type { EstimateResults } from '../../../shared/methods/finance/evaluate';
import { formatDecimal, formatMinor, useFinanceText } from './format';

/** NPV, benefit-cost ratio and payback as large figures, each with what it means underneath. */
export function Indicators({ estimate, results }: { estimate: FinanceEstimate; results: EstimateResults }) {
  const { t, locale, rateText, paybackText } = useFinanceText(estimate.periodUnit);
  // With no lines every figure is zero and "never negative" would read as a verdict: say what to do.
  if (estimate.lines.length === 0) return <p className="muted">{t('results.empty')}</p>;
  const money = (value: Parameters<typeof formatMinor>[0]) => formatMinor(value, estimate.currency, locale);
  const items = [
    { key: 'npv', label: t('results.npv'), value: money(results.npv), figure: true, hint: t('results.npvHint', { rate: rateText(estimate.discountRate) }), tone: results.npv.isZero() ? undefined : results.npv.isNegative() ? 'negative' : 'positive' },
    {
      key: 'ratio', label: t('results.benefitCost'),
      value: results.benefitCost ? formatDecimal(results.benefitCost, locale, 2, 2) : t('results.noRatio'), figure: Boolean(results.benefitCost),
      hint: t('results.benefitCostHint'),
    },
    { key: 'payback', label: t('results.payback'), value: paybackText(results.payback), figure: results.payback.kind === 'recovered', hint: t('results.paybackHint') },
    { key: 'discounted', label: t('results.discountedPayback'), value: paybackText(results.discountedPayback), figure: results.discountedPayback.kind === 'recovered', hint: t('results.discountedPaybackHint') },
    { key: 'pvCosts', label: t('results.pvCosts'), value: money(results.pvCosts), figure: true },
    { key: 'pvBenefits', label: t('results.pvBenefits'), value: money(results.pvBenefits), figure: true },
  ];
  return (
    <dl className="finance-indicators">
      {items.map((item) => (
        <div key={item.key} className={`finance-indicator${item.tone ? ` finance-indicator--${item.tone}` : ''}`}>
          <dt>{item.label}</dt>
          {/* A sentence instead of a figure ("No se recupera…") is set smaller than a number. */}
          <dd className={`finance-indicator__value${item.figure ? '' : ' finance-indicator__value--text'}`}>{item.value}</dd>
          {item.hint ? <dd className="finance-indicator__hint">{item.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
