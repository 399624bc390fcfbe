import type * as Y from 'yjs';
import { setCurrency, setDiscountRate, setHorizon, setPeriodUnit, type FinanceEstimate } from '../../../shared/documents/finance';
import { currencies } from '../../../shared/domain/money';
import { periodUnits } from '../../../shared/methods/finance/fields';
import { decimalToInput } from '../../../shared/methods/finance/numbers';
import { SelectField } from '../../ui';
import { DocTextField } from '../journey/DocTextField';
import { useFinanceText } from './format';

/**
 * The estimate's assumptions. Each is written on its own (a choice at once, a typed value when
 * the field is left or Enter is pressed), so each is one undo step; refused values stay in the
 * field with their message and are not stored.
 */
export function SettingsForm({ doc, origin, estimate }: { doc: Y.Doc; origin: unknown; estimate: FinanceEstimate }) {
  const { t, locale } = useFinanceText(estimate.periodUnit);
  const mark = locale === 'en' ? '.' : ',';
  return (
    <div className="finance-settings">
      <SelectField
        label={t('settings.currency')}
        hint={t('settings.currencyHint')}
        value={estimate.currency}
        onChange={(event) => setCurrency(doc, event.target.value, origin)}
        options={currencies.map((currency) => ({ value: currency, label: t(`settings.currencies.${currency}`) }))}
      />
      <SelectField
        label={t('settings.periodUnit')}
        value={estimate.periodUnit}
        onChange={(event) => setPeriodUnit(doc, event.target.value, origin)}
        options={periodUnits.map((unit) => ({ value: unit, label: t(`settings.periodUnits.${unit}`) }))}
      />
      <DocTextField label={t('settings.horizon')} hint={t('settings.horizonHint')} value={String(estimate.horizon)} onCommit={(value) => setHorizon(doc, value, origin)} />
      <DocTextField
        label={t(`settings.rate.${estimate.periodUnit}`)}
        hint={t('settings.rateHint')}
        value={decimalToInput(estimate.discountRate, mark)}
        onCommit={(value) => setDiscountRate(doc, value, origin)}
      />
    </div>
  );
}
