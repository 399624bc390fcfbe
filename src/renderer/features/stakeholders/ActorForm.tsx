import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ActorFields, actorTypes, attitudes, proximities, scoreRange } from '../../../shared/domain/actor';
import { applyServerIssues, Button, SelectField, TextAreaField, TextField, useErrorText, useFieldError, useToast } from '../../ui';

type FormInput = z.input<typeof ActorFields>;
type FormOutput = z.output<typeof ActorFields>;

export const emptyActor: FormInput = {
  name: '', type: 'public', power: 3, interest: 3, attitude: 'neutral', proximity: 'direct', engagementStrategy: '', owner: '', notes: '',
};

const scores = Array.from({ length: scoreRange.max - scoreRange.min + 1 }, (_, index) => String(scoreRange.min + index));

export interface ActorFormProps {
  /** The actor being edited; without it the form adds a new one and stays open for the next. */
  initial?: FormInput;
  onSave: (fields: FormOutput) => Promise<unknown>;
  onCancel?: () => void;
}

/** Adds or edits one actor of the register, checked with the same schema the core uses. */
export function ActorForm({ initial, onSave, onCancel }: ActorFormProps) {
  const { t } = useTranslation('studioTools');
  const fieldError = useFieldError();
  const errorText = useErrorText();
  const toast = useToast();
  const { register, handleSubmit, reset, setError, setFocus, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ActorFields),
    defaultValues: initial ?? emptyActor,
  });
  const errors = formState.errors;
  const asNumber = { setValueAs: (value: unknown) => Number(value) };

  const submit = handleSubmit(async (fields) => {
    try {
      await onSave(fields);
      if (!initial) {
        reset(emptyActor);
        setFocus('name');
      }
    } catch (error) {
      if (!applyServerIssues(error, setError)) toast.show(errorText(error), 'error');
    }
  });

  const options = <K extends string>(values: readonly K[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const scoreOptions = scores.map((value) => ({ value, label: value }));
  return (
    <form noValidate onSubmit={submit} className="studio-form">
      <TextField label={t('actor.name')} error={fieldError(errors.name)} autoComplete="off" {...register('name')} />
      <div className="studio-form__row">
        <SelectField label={t('actor.type')} error={fieldError(errors.type)} options={options(actorTypes, 'types')} {...register('type')} />
        <SelectField label={t('actor.attitude')} error={fieldError(errors.attitude)} options={options(attitudes, 'attitudes')} {...register('attitude')} />
      </div>
      <div className="studio-form__row">
        <SelectField label={t('actor.power')} error={fieldError(errors.power)} options={scoreOptions} {...register('power', asNumber)} />
        <SelectField label={t('actor.interest')} error={fieldError(errors.interest)} options={scoreOptions} {...register('interest', asNumber)} />
        <SelectField label={t('actor.proximity')} error={fieldError(errors.proximity)} options={options(proximities, 'proximities')} {...register('proximity')} />
      </div>
      <TextField label={t('actor.owner')} error={fieldError(errors.owner)} autoComplete="off" {...register('owner')} />
      <TextAreaField label={t('actor.engagementStrategy')} error={fieldError(errors.engagementStrategy)} rows={2} {...register('engagementStrategy')} />
      <TextAreaField label={t('actor.notes')} error={fieldError(errors.notes)} rows={2} {...register('notes')} />
      <div className="studio-form__actions">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {initial ? t('actor.save') : t('actor.add')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('actor.cancel')}</Button>}
      </div>
    </form>
  );
}
