import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../shared/domain/limits';
import { WorkshopFields, modalities, type WorkshopFieldsInput } from '../../../shared/domain/workshop';
import { api } from '../../app/api';
import { navigate } from '../../app/location';
import { Button, DateField, ErrorMessage, SelectField, TextField, applyServerIssues, useFieldError, useToast } from '../../ui';

/** Plans a workshop with its essentials; agenda and participants are added on its own page. */
export function NewWorkshopForm({ exerciseId, onCancel }: { exerciseId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const fieldError = useFieldError();
  const [submitError, setSubmitError] = useState<unknown>();
  const { register, handleSubmit, setError, formState } = useForm<WorkshopFieldsInput, unknown, WorkshopFields>({
    resolver: zodResolver(WorkshopFields),
    defaultValues: { title: '', date: '', municipality: '', department: '', modality: 'in_person' },
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (fields) => {
    setSubmitError(undefined);
    try {
      const workshop = await api.createWorkshop({ exerciseId, fields });
      toast.show(t('exercises:workshopForm.created'), 'success');
      navigate(`/workshops/${workshop.id}`);
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  });

  const modalityOptions = modalities.map((modality) => ({ value: modality, label: t(`exercises:workshopForm.modality.${modality}`) }));
  return (
    <form className="form card" noValidate aria-labelledby="new-workshop-title" onSubmit={(event) => void submit(event)}>
      <h3 id="new-workshop-title">{t('exercises:workshopForm.title')}</h3>
      <TextField label={t('exercises:workshopForm.fields.title')} error={fieldError(errors.title)} maxLength={limits.title} required aria-required autoFocus {...register('title')} />
      <div className="form__row">
        <DateField label={t('exercises:workshopForm.fields.date')} error={fieldError(errors.date)} {...register('date')} />
        <SelectField label={t('exercises:workshopForm.fields.modality')} options={modalityOptions} error={fieldError(errors.modality)} {...register('modality')} />
      </div>
      <div className="form__row">
        <TextField label={t('exercises:workshopForm.fields.municipality')} error={fieldError(errors.municipality)} maxLength={limits.shortText} {...register('municipality')} />
        <TextField label={t('exercises:workshopForm.fields.department')} error={fieldError(errors.department)} maxLength={limits.shortText} {...register('department')} />
      </div>
      <ErrorMessage error={submitError} />
      <div className="form__actions">
        <Button type="submit" variant="primary" size="lg" disabled={isSubmitting}>
          {isSubmitting ? t('common:actions.saving') : t('exercises:workshopForm.create')}
        </Button>
        <Button variant="secondary" size="lg" onClick={onCancel} disabled={isSubmitting}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
