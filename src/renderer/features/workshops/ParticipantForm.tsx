import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { currentNoticeVersion, ParticipantFields, sectors } from '../../../shared/domain/workshop';
import { applyServerIssues, Button, CheckboxField, DateField, SelectField, TextField, useErrorText, useFieldError, useToast } from '../../ui';
import { localIsoDate } from '../../../shared/domain/localDate';

type FormInput = z.input<typeof ParticipantFields>;
type FormOutput = z.output<typeof ParticipantFields>;

export const emptyParticipant: FormInput = {
  name: '',
  organisation: '',
  sector: 'public',
  role: '',
  email: '',
  consent: false,
  consentDate: '',
  consentNoticeVersion: '',
};

/**
 * A participant with their consent to personal-data processing (Ley 1581 de 2012). Ticking
 * consent reveals its date (today) and the privacy notice version (the current one).
 */
export function ParticipantForm({
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial?: FormInput;
  submitLabel: string;
  onSave: (fields: FormOutput) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('workshops');
  const { t: tc } = useTranslation('common');
  const fieldError = useFieldError();
  const errorText = useErrorText();
  const toast = useToast();
  const { register, handleSubmit, reset, setError, setFocus, setValue, getValues, control, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ParticipantFields),
    defaultValues: initial ?? emptyParticipant,
  });
  const errors = formState.errors;
  const consent = useWatch({ control, name: 'consent' });

  const submit = handleSubmit(async (fields) => {
    // Without consent, no consent date or notice version is kept.
    const cleaned = fields.consent ? fields : { ...fields, consentDate: '', consentNoticeVersion: '' };
    try {
      await onSave(cleaned);
      if (!initial) {
        reset(emptyParticipant);
        setFocus('name');
      }
    } catch (error) {
      if (!applyServerIssues(error, setError)) toast.show(errorText(error), 'error');
    }
  });

  const sectorOptions = sectors.map((sector) => ({ value: sector, label: t(`sector.${sector}`) }));
  return (
    <form noValidate onSubmit={submit} className="workshop-form">
      <div className="workshop-form__row">
        <TextField label={t('participants.name')} error={fieldError(errors.name)} autoComplete="off" {...register('name')} />
        <TextField label={t('participants.organisation')} error={fieldError(errors.organisation)} autoComplete="off" {...register('organisation')} />
      </div>
      <div className="workshop-form__row">
        <SelectField label={t('participants.sector')} error={fieldError(errors.sector)} options={sectorOptions} {...register('sector')} />
        <TextField label={t('participants.role')} error={fieldError(errors.role)} autoComplete="off" {...register('role')} />
        <TextField type="email" label={t('participants.email')} error={fieldError(errors.email)} autoComplete="off" {...register('email')} />
      </div>
      <fieldset className="consent">
        <legend className="consent__title">
          {t('participants.consentTitle')}
        </legend>
        <p className="consent__explanation">{t('participants.consentExplanation')}</p>
        <CheckboxField
          label={t('participants.consent')}
          error={fieldError(errors.consent)}
          {...register('consent', {
            onChange: (event: { target: { checked: boolean } }) => {
              if (!event.target.checked) return;
              if (!getValues('consentDate')) setValue('consentDate', localIsoDate());
              if (!getValues('consentNoticeVersion')) setValue('consentNoticeVersion', currentNoticeVersion);
            },
          })}
        />
        {consent ? (
          <div className="workshop-form__row">
            <DateField label={t('participants.consentDate')} error={fieldError(errors.consentDate)} {...register('consentDate')} />
            <TextField
              label={t('participants.consentNoticeVersion')}
              error={fieldError(errors.consentNoticeVersion)}
              autoComplete="off"
              {...register('consentNoticeVersion')}
            />
          </div>
        ) : null}
      </fieldset>
      <div className="workshop-form__actions">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{tc('actions.cancel')}</Button> : null}
      </div>
    </form>
  );
}
