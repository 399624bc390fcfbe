import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DecisionFields, decisionStatuses } from '../../../shared/domain/workshop';
import { applyServerIssues, Button, DateField, SelectField, TextAreaField, TextField, useErrorText, useFieldError, useToast } from '../../ui';

type FormInput = z.input<typeof DecisionFields>;
type FormOutput = z.output<typeof DecisionFields>;

const emptyDecision: FormInput = { text: '', owner: '', dueDate: '', status: 'open' };

/** Adds a decision or next step; the form stays open for the next one. */
export function DecisionForm({ onSave }: { onSave: (fields: FormOutput) => Promise<void> }) {
  const { t } = useTranslation('workshops');
  const fieldError = useFieldError();
  const errorText = useErrorText();
  const toast = useToast();
  const { register, handleSubmit, reset, setError, setFocus, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(DecisionFields),
    defaultValues: emptyDecision,
  });
  const errors = formState.errors;

  const submit = handleSubmit(async (fields) => {
    try {
      await onSave(fields);
      reset(emptyDecision);
      setFocus('text');
    } catch (error) {
      if (!applyServerIssues(error, setError)) toast.show(errorText(error), 'error');
    }
  });

  const statusOptions = decisionStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }));
  return (
    <form noValidate onSubmit={submit} className="workshop-form">
      <TextAreaField label={t('decisions.text')} error={fieldError(errors.text)} rows={2} {...register('text')} />
      <div className="workshop-form__row">
        <TextField label={t('decisions.owner')} error={fieldError(errors.owner)} autoComplete="off" {...register('owner')} />
        <DateField label={t('decisions.dueDate')} error={fieldError(errors.dueDate)} {...register('dueDate')} />
        <SelectField label={t('decisions.status')} error={fieldError(errors.status)} options={statusOptions} {...register('status')} />
      </div>
      <div className="workshop-form__actions">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {t('decisions.add')}
        </Button>
      </div>
    </form>
  );
}
