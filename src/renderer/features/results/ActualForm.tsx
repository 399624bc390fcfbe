import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PeriodValue, type PeriodValueInput } from '../../../shared/domain/indicator';
import { applyServerIssues, Button, NumberField, TextField, useErrorText, useFieldError, useToast } from '../../ui';

const empty: PeriodValueInput = { period: '', value: Number.NaN };

/** Records the actual of one period; the same period again corrects it. */
export function ActualForm({ title, onSave }: { title: string; onSave: (actual: PeriodValue) => Promise<void> }) {
  const { t } = useTranslation('results');
  const fieldError = useFieldError();
  const errorText = useErrorText();
  const toast = useToast();
  const { register, handleSubmit, reset, setError, formState } = useForm<PeriodValueInput, unknown, PeriodValue>({
    resolver: zodResolver(PeriodValue),
    defaultValues: empty,
  });
  const errors = formState.errors;

  const submit = handleSubmit(async (actual) => {
    try {
      await onSave(actual);
      reset(empty);
    } catch (error) {
      if (!applyServerIssues(error, setError)) toast.show(errorText(error), 'error');
    }
  });

  return (
    <form noValidate onSubmit={submit} className="results-actual" aria-label={t('indicators.actualHeading', { title })}>
      {/* Every indicator has this form: the accessible names carry its title so they stay unique on the page. */}
      <TextField
        label={t('indicators.actualPeriod')}
        aria-label={t('indicators.actualPeriodOf', { title })}
        hint={t('indicators.periodHintShort')}
        error={fieldError(errors.period)}
        autoComplete="off"
        {...register('period')}
      />
      <NumberField
        label={t('indicators.actualValue')}
        aria-label={t('indicators.actualValueOf', { title })}
        error={fieldError(errors.value)}
        step="any"
        {...register('value', { valueAsNumber: true })}
      />
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
        {t('indicators.recordActual')}
      </Button>
    </form>
  );
}
