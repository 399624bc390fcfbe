import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ObjectiveFields, type WriteResult } from '../../../shared/documents/strategy';
import { Button, TextAreaField, TextField, useFieldError } from '../../ui';
import { applyWriteResult } from './refusals';

/** Adds an objective at the end of the plan; the form empties for the next one. */
export function ObjectiveForm({ onAdd }: { onAdd: (fields: ObjectiveFields) => WriteResult }) {
  const { t } = useTranslation('strategy');
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, reset, formState } = useForm<z.input<typeof ObjectiveFields>, unknown, ObjectiveFields>({
    resolver: zodResolver(ObjectiveFields),
    defaultValues: { title: '', description: '' },
  });
  const submit = handleSubmit((fields) => {
    if (applyWriteResult(onAdd(fields), setError)) reset();
  });
  return (
    <form noValidate onSubmit={submit} className="form strategy-form" aria-label={t('objectives.addHeading')}>
      <h3 className="strategy-subtitle">{t('objectives.addHeading')}</h3>
      <TextField label={t('objectives.titleField')} error={fieldError(formState.errors.title)} autoComplete="off" {...register('title')} />
      <TextAreaField label={t('objectives.descriptionField')} rows={2} error={fieldError(formState.errors.description)} {...register('description')} />
      <div className="form__actions">
        <Button type="submit" variant="primary">
          {t('objectives.add')}
        </Button>
      </div>
    </form>
  );
}
