import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { FinanceLine, LineIssues } from '../../../shared/documents/finance';
import { minorToInput, type Currency } from '../../../shared/domain/money';
import type { FlowKind } from '../../../shared/methods/finance/cashFlow';
import { categoriesOf, lineSchema, type LineFields, type LineInput, type PeriodUnit } from '../../../shared/methods/finance/fields';
import { decimalToInput } from '../../../shared/methods/finance/numbers';
import { Button, SelectField, TextField, useFieldError } from '../../ui';
import { useFinanceText } from './format';

type FormValues = z.input<ReturnType<typeof lineSchema>>;

export interface LineFormProps {
  kind: FlowKind;
  horizon: number;
  currency: Currency;
  periodUnit: PeriodUnit;
  /** The line being edited; a new line otherwise. */
  line?: FinanceLine | undefined;
  /** Writes the line; returns the fields the document refused (its horizon may have changed meanwhile). */
  onSave: (input: LineInput) => LineIssues | undefined;
  onClose: () => void;
}

/**
 * Adds or edits one cost or benefit line. The quantity and the unit value are typed as text and
 * read exactly (no float); the same schema checks them here and in the document's writer.
 */
export function LineForm({ kind, horizon, currency, periodUnit, line, onSave, onClose }: LineFormProps) {
  const { t, locale, periodLabel } = useFinanceText(periodUnit);
  const fieldError = useFieldError();
  const mark = locale === 'en' ? '.' : ',';
  const schema = useMemo(() => lineSchema(horizon), [horizon]);
  const defaults: FormValues = line
    ? { kind, category: line.category, description: line.description, unit: line.unit, quantity: decimalToInput(line.quantity, mark), unitCost: decimalToInput(minorToInput(line.unitCostMinor, currency), mark), period: String(line.period) }
    : { kind, category: categoriesOf(kind)[0]!, description: '', unit: '', quantity: '', unitCost: '', period: String(kind === 'cost' ? 0 : Math.min(1, horizon)) };
  const { register, handleSubmit, setError, setFocus, getValues, formState } = useForm<FormValues, unknown, LineFields>({ resolver: zodResolver(schema), defaultValues: defaults });
  const errors = formState.errors;

  useEffect(() => setFocus('description'), [setFocus]);

  const submit = handleSubmit(() => {
    const values = getValues();
    const refused = onSave({ ...values, kind, unit: values.unit ?? '', period: Number(values.period) });
    if (!refused) return onClose();
    for (const [field, key] of Object.entries(refused)) setError(field as keyof FormValues, { message: key });
  });

  const periods = Array.from({ length: horizon + 1 }, (_, period) => ({ value: String(period), label: periodLabel(period) }));
  return (
    <form
      noValidate
      onSubmit={submit}
      className="form finance-form"
      aria-label={t(line ? `lines.${kind}.editHeading` : `lines.${kind}.addHeading`)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="form__row">
        <SelectField label={t('lines.category')} error={fieldError(errors.category)} options={categoriesOf(kind).map((category) => ({ value: category, label: t(`categories.${category}`) }))} {...register('category')} />
        <TextField label={t('lines.description')} error={fieldError(errors.description)} autoComplete="off" {...register('description')} />
        <TextField label={t('lines.unit')} hint={t('lines.unitHint')} error={fieldError(errors.unit)} autoComplete="off" {...register('unit')} />
      </div>
      <div className="form__row">
        <TextField label={t('lines.quantity')} hint={t('lines.quantityHint')} error={fieldError(errors.quantity)} inputMode="decimal" autoComplete="off" {...register('quantity')} />
        <TextField label={t(`lines.${kind}.unitValue`)} hint={t('lines.unitValueHint')} error={fieldError(errors.unitCost)} inputMode="decimal" autoComplete="off" {...register('unitCost')} />
        <SelectField label={t('lines.period')} error={fieldError(errors.period)} options={periods} {...register('period')} />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary">
          {t(`lines.${kind}.save`)}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('lines.cancel')}
        </Button>
      </div>
    </form>
  );
}
