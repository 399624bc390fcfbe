import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AgendaItemFields } from '../../../shared/domain/workshop';
import { applyServerIssues, Button, NumberField, TextField, useErrorText, useFieldError, useToast } from '../../ui';

type FormInput = z.input<typeof AgendaItemFields>;
type FormOutput = z.output<typeof AgendaItemFields>;

const emptyItem: FormInput = { activity: '', method: '', minutes: 30, responsible: '' };

/**
 * One agenda activity, for adding (empty, stays open for the next one) or editing in place.
 * `onSave` throws the core's error, which lands beside the fields it concerns.
 */
export function AgendaItemForm({
  initial,
  submitLabel,
  onSave,
  onCancel,
  autoFocus = false,
}: {
  initial?: FormInput;
  submitLabel: string;
  onSave: (fields: FormOutput) => Promise<void>;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('workshops');
  const { t: tc } = useTranslation('common');
  const fieldError = useFieldError();
  const errorText = useErrorText();
  const toast = useToast();
  const { register, handleSubmit, reset, setError, setFocus, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(AgendaItemFields),
    defaultValues: initial ?? emptyItem,
  });
  const errors = formState.errors;

  const submit = handleSubmit(async (fields) => {
    try {
      await onSave(fields);
      if (!initial) {
        reset(emptyItem);
        setFocus('activity');
      }
    } catch (error) {
      if (!applyServerIssues(error, setError)) toast.show(errorText(error), 'error');
    }
  });

  return (
    <form noValidate onSubmit={submit} className="workshop-form workshop-form--inline">
      <div className="workshop-form__row workshop-form__row--agenda">
        <TextField label={t('agenda.activity')} error={fieldError(errors.activity)} autoFocus={autoFocus} autoComplete="off" {...register('activity')} />
        <TextField label={t('agenda.method')} error={fieldError(errors.method)} autoComplete="off" {...register('method')} />
        <NumberField label={t('agenda.minutes')} error={fieldError(errors.minutes)} min={1} step={5} {...register('minutes', { valueAsNumber: true })} />
        <TextField label={t('agenda.responsible')} error={fieldError(errors.responsible)} autoComplete="off" {...register('responsible')} />
      </div>
      <div className="workshop-form__actions">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{tc('actions.cancel')}</Button> : null}
      </div>
    </form>
  );
}
