import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { IndicatorFields, type IndicatorFieldsInput } from '../../../shared/domain/indicator';
import { applyServerIssues, Button, DateField, NumberField, TextField, useErrorText, useFieldError, useToast } from '../../ui';

const empty: IndicatorFieldsInput = {
  title: '', unit: '', baseline: { value: Number.NaN, date: '' }, targets: [{ period: '', value: Number.NaN }], source: '', responsible: '',
};

/**
 * Adds or edits an indicator: what is measured, its baseline and a target per period. Actuals are
 * recorded apart, one period at a time (`ActualForm`), so editing the plan never touches them.
 */
export function IndicatorForm({ initial, onSave, onCancel }: {
  initial?: IndicatorFieldsInput;
  onSave: (fields: IndicatorFields) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('results');
  const fieldError = useFieldError();
  const errorText = useErrorText();
  const toast = useToast();
  const { register, control, handleSubmit, setError, formState } = useForm<IndicatorFieldsInput, unknown, IndicatorFields>({
    resolver: zodResolver(IndicatorFields),
    defaultValues: initial ?? empty,
  });
  const targets = useFieldArray({ control, name: 'targets' });
  const errors = formState.errors;

  const submit = handleSubmit(async (fields) => {
    try {
      await onSave(fields);
    } catch (error) {
      if (!applyServerIssues(error, setError)) toast.show(errorText(error), 'error');
    }
  });

  return (
    <form noValidate onSubmit={submit} className="form results-form" aria-label={t(initial ? 'indicators.editHeading' : 'indicators.addHeading')}>
      <div className="form__row">
        <TextField label={t('indicators.titleField')} error={fieldError(errors.title)} autoComplete="off" {...register('title')} />
        <TextField label={t('indicators.unit')} hint={t('indicators.unitHint')} error={fieldError(errors.unit)} autoComplete="off" {...register('unit')} />
      </div>
      <div className="form__row">
        <NumberField label={t('indicators.baselineValue')} error={fieldError(errors.baseline?.value)} step="any" {...register('baseline.value', { valueAsNumber: true })} />
        <DateField label={t('indicators.baselineDate')} error={fieldError(errors.baseline?.date)} {...register('baseline.date')} />
      </div>
      <fieldset className="form__section">
        <legend>{t('indicators.targets')}</legend>
        <p className="muted">{t('indicators.periodHint')}</p>
        {targets.fields.map((field, index) => (
          <div className="form__row" key={field.id}>
            <TextField
              label={t('indicators.targetPeriod', { number: index + 1 })}
              error={fieldError(errors.targets?.[index]?.period)}
              autoComplete="off"
              {...register(`targets.${index}.period`)}
            />
            <NumberField
              label={t('indicators.targetValue', { number: index + 1 })}
              error={fieldError(errors.targets?.[index]?.value)}
              step="any"
              {...register(`targets.${index}.value`, { valueAsNumber: true })}
            />
            <Button variant="ghost" onClick={() => targets.remove(index)}>
              {t('indicators.removeTarget', { number: index + 1 })}
            </Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => targets.append({ period: '', value: Number.NaN })}>
          {t('indicators.addTarget')}
        </Button>
      </fieldset>
      <div className="form__row">
        <TextField label={t('indicators.source')} error={fieldError(errors.source)} autoComplete="off" {...register('source')} />
        <TextField label={t('indicators.responsible')} error={fieldError(errors.responsible)} autoComplete="off" {...register('responsible')} />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {t('indicators.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('indicators.cancel')}
        </Button>
      </div>
    </form>
  );
}
