import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { modalities, WorkshopFields, type Workshop } from '../../../shared/domain/workshop';
import { api } from '../../app/api';
import { applyServerIssues, Button, DateField, NumberField, SelectField, TextAreaField, TextField, TimeField, useErrorText, useFieldError, useToast } from '../../ui';
import { departmentChoices } from './colombiaDepartments';
import type { AcceptWorkshop } from './useWorkshop';

type FormInput = z.input<typeof WorkshopFields>;
type FormOutput = z.output<typeof WorkshopFields>;

function fieldsOf(workshop: Workshop): FormInput {
  const { title, date, municipality, department, modality, objective, plannedMinutes, startTime } = workshop;
  return { title, date, municipality, department, modality, objective, plannedMinutes, startTime };
}

/** The workshop's general data. Fields the facilitator has not touched follow changes made elsewhere. */
export function DetailsTab({ workshop, accept }: { workshop: Workshop; accept: AcceptWorkshop }) {
  const { t } = useTranslation('workshops');
  const { t: tc } = useTranslation('common');
  const fieldError = useFieldError();
  const errorText = useErrorText();
  const toast = useToast();
  const values = useMemo(() => fieldsOf(workshop), [workshop]);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(WorkshopFields),
    values,
    resetOptions: { keepDirtyValues: true },
  });
  const { register, handleSubmit, setError, formState } = form;
  const errors = formState.errors;

  const save = handleSubmit(async (fields) => {
    try {
      const next = await api.updateWorkshop({ id: workshop.id, fields });
      accept(next);
      form.reset(fieldsOf(next));
      toast.show(t('details.saved'), 'success');
    } catch (error) {
      if (!applyServerIssues(error, setError)) toast.show(errorText(error), 'error');
    }
  });

  const modalityOptions = modalities.map((modality) => ({ value: modality, label: t(`modality.${modality}`) }));
  return (
    <section aria-labelledby="workshop-details-heading" className="workshop-section">
      <h2 id="workshop-details-heading" className="workshop-section__title">
        {t('details.heading')}
      </h2>
      <form noValidate onSubmit={save} className="workshop-form">
        <TextField label={t('details.title')} error={fieldError(errors.title)} autoComplete="off" {...register('title')} />
        <div className="workshop-form__row">
          <DateField label={t('details.date')} error={fieldError(errors.date)} {...register('date')} />
          <SelectField label={t('details.modality')} error={fieldError(errors.modality)} options={modalityOptions} {...register('modality')} />
        </div>
        <div className="workshop-form__row">
          <TextField label={t('details.municipality')} error={fieldError(errors.municipality)} {...register('municipality')} />
          <SelectField
            label={t('details.department')}
            error={fieldError(errors.department)}
            options={departmentChoices(workshop.department, t('details.departmentNone'))}
            {...register('department')}
          />
        </div>
        <TextAreaField label={t('details.objective')} error={fieldError(errors.objective)} rows={4} {...register('objective')} />
        <div className="workshop-form__row">
          <NumberField
            label={t('details.plannedMinutes')}
            hint={t('details.plannedMinutesHint')}
            error={fieldError(errors.plannedMinutes)}
            min={0}
            step={5}
            {...register('plannedMinutes', { valueAsNumber: true })}
          />
          <TimeField label={t('details.startTime')} hint={t('details.startTimeHint')} error={fieldError(errors.startTime)} {...register('startTime')} />
        </div>
        <div className="workshop-form__actions">
          <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? tc('actions.saving') : tc('actions.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
