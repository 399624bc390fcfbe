import type { FinanceEstimate } from '../../../shared/documents/finance';
import type { Dec } from '../../../shared/methods/finance/decimal';
import type { EstimateResults } from '../../../shared/methods/finance/evaluate';
import { formatMinor, useFinanceText } from './format';

/** Costs, benefits, net and cumulative net per period, with the totals: the chart's figures. */
export function PeriodTable({ estimate, results, headingId }: { estimate: FinanceEstimate; results: EstimateResults; headingId: string }) {
  const { t, locale, periodLabel } = useFinanceText(estimate.periodUnit);
  const money = (value: Dec) => formatMinor(value, estimate.currency, locale);
  return (
    <div className="table-scroll">
      <table className="table finance-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t('periods.period')}</th>
            <th scope="col" className="table__number">{t('periods.costs')}</th>
            <th scope="col" className="table__number">{t('periods.benefits')}</th>
            <th scope="col" className="table__number">{t('periods.net')}</th>
            <th scope="col" className="table__number">{t('periods.cumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {results.periods.map((flow) => (
            <tr key={flow.period}>
              <th scope="row">{periodLabel(flow.period)}</th>
              <td className="table__number">{money(flow.costs)}</td>
              <td className="table__number">{money(flow.benefits)}</td>
              <td className={`table__number${flow.net.isNegative() ? ' finance-negative' : ''}`}>{money(flow.net)}</td>
              <td className={`table__number${flow.cumulativeNet.isNegative() ? ' finance-negative' : ''}`}>{money(flow.cumulativeNet)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('periods.total')}</th>
            <td className="table__number">{money(results.totalCosts)}</td>
            <td className="table__number">{money(results.totalBenefits)}</td>
            <td className={`table__number${results.totalNet.isNegative() ? ' finance-negative' : ''}`}>{money(results.totalNet)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
