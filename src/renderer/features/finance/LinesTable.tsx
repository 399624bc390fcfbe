import type { FinanceLine } from '../../../shared/documents/finance';
import type { Currency } from '../../../shared/domain/money';
import { lineAmount, type FlowKind } from '../../../shared/methods/finance/cashFlow';
import { Dec, sum } from '../../../shared/methods/finance/decimal';
import type { PeriodUnit } from '../../../shared/methods/finance/fields';
import { Button } from '../../ui';
import { formatDecimal, formatMinor, useFinanceText } from './format';

export interface LinesTableProps {
  kind: FlowKind;
  lines: readonly FinanceLine[];
  currency: Currency;
  periodUnit: PeriodUnit;
  headingId: string;
  /** Without them the table is static (print). */
  onEdit?: (line: FinanceLine) => void;
  onRemove?: (line: FinanceLine) => void;
}

/** The cost or benefit lines: what, how many, at what unit value, when, and the line's amount. */
export function LinesTable({ kind, lines, currency, periodUnit, headingId, onEdit, onRemove }: LinesTableProps) {
  const { t, locale, periodLabel } = useFinanceText(periodUnit);
  const money = (value: Dec) => formatMinor(value, currency, locale);
  const amounts = lines.map((line) => lineAmount(line.quantity, line.unitCostMinor));
  const editable = Boolean(onEdit && onRemove);
  return (
    <div className="table-scroll">
      <table className="table finance-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t('lines.category')}</th>
            <th scope="col">{t('lines.description')}</th>
            <th scope="col">{t('lines.unit')}</th>
            <th scope="col" className="table__number">{t('lines.quantity')}</th>
            <th scope="col" className="table__number">{t(`lines.${kind}.unitValue`)}</th>
            <th scope="col">{t('lines.period')}</th>
            <th scope="col" className="table__number">{t('lines.amount')}</th>
            {editable ? <th scope="col" className="table__actions">{t('lines.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={line.id}>
              <td>{t(`categories.${line.category}`)}</td>
              <td className="table__title">{line.description}</td>
              <td>{line.unit}</td>
              <td className="table__number">{formatDecimal(line.quantity, locale)}</td>
              <td className="table__number">{money(new Dec(line.unitCostMinor))}</td>
              <td>{periodLabel(line.period)}</td>
              <td className="table__number">{money(amounts[index]!)}</td>
              {editable ? (
                <td className="table__actions">
                  <span className="finance-actions">
                    <Button variant="ghost" aria-label={t('lines.edit', { description: line.description })} onClick={() => onEdit?.(line)}>
                      {t('lines.editShort')}
                    </Button>
                    <Button variant="ghost" aria-label={t('lines.remove', { description: line.description })} onClick={() => onRemove?.(line)}>
                      {t('lines.removeShort')}
                    </Button>
                  </span>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={6}>{t(`lines.${kind}.total`)}</th>
            <td className="table__number">{money(sum(amounts))}</td>
            {editable ? <td /> : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
