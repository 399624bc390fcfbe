import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ExerciseFields, phases, type Exercise, type ExerciseFieldsInput } from '../../../shared/domain/exercise';
import { limits } from '../../../shared/domain/limits';
import { Button, DateField, ErrorMessage, SelectField, TextAreaField, TextField, applyServerIssues, useFieldError } from '../../ui';
import { AddFromDirectory, DirectoryDatalist, useDirectoryNames } from './EntityDirectory';
import { firstListError, linesToList, listToLines } from './lines';
import { SdgCheckboxes } from './SdgCheckboxes';

export interface ExerciseFormProps {
  /** The exercise being edited; a new exercise starts empty. */
  exercise?: Exercise;
  submitLabel: string;
  onSubmit: (fields: ExerciseFields) => Promise<void>;
  onCancel: () => void;
}

function fieldsOf(exercise: Exercise | undefined): ExerciseFieldsInput {
  return {
    title: exercise?.title ?? '',
    challenge: exercise?.challenge ?? '',
    leadEntity: exercise?.leadEntity ?? '',
    otherActors: exercise?.otherActors ?? [],
    sdgs: exercise?.sdgs ?? [],
    phase: exercise?.phase ?? 'explore',
    startDate: exercise?.startDate ?? '',
    endDate: exercise?.endDate ?? '',
    team: exercise?.team ?? [],
  };
}

/**
 * The exercise form, validated by the same zod schema the core applies: invalid input shows
 * inline messages in the current language and nothing is sent. Refusals from the core land
 * on their fields too.
 */
export function ExerciseForm({ exercise, submitLabel, onSubmit, onCancel }: ExerciseFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const [submitError, setSubmitError] = useState<unknown>();
  const directoryNames = useDirectoryNames();
  const directoryListId = 'entity-directory';
  const { register, control, handleSubmit, setError, formState, getValues, setValue } = useForm<ExerciseFieldsInput, unknown, ExerciseFields>({
    resolver: zodResolver(ExerciseFields),
    defaultValues: fieldsOf(exercise),
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (fields) => {
    setSubmitError(undefined);
    try {
      await onSubmit(fields);
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  });

  const phaseOptions = phases.map((phase) => ({ value: phase, label: t(`exercises:phase.${phase}`) }));
  const hasErrors = Object.keys(errors).length > 0;

  /** A one-item-per-line list (other actors, team) edited in a textarea. */
  const linesField = (name: 'otherActors' | 'team', rows: number) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextAreaField
          label={t(`exercises:fields.${name}`)}
          hint={t(`exercises:fields.${name}Hint`)}
          error={fieldError(firstListError(errors[name]))}
          rows={rows}
          name={field.name}
          ref={field.ref}
          value={listToLines(field.value)}
          onChange={(event) => field.onChange(linesToList(event.target.value))}
          onBlur={field.onBlur}
        />
      )}
    />
  );

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {hasErrors ? <p className="form__summary" role="alert">{t('exercises:form.fixErrors')}</p> : null}
      <section className="form__section">
        <h2 id="exercise-basics">{t('exercises:form.basics')}</h2>
        <TextField label={t('exercises:fields.title')} error={fieldError(errors.title)} maxLength={limits.title} required aria-required {...register('title')} />
        <TextAreaField label={t('exercises:fields.challenge')} hint={t('exercises:fields.challengeHint')} error={fieldError(errors.challenge)} rows={5} maxLength={limits.longText} {...register('challenge')} />
        <TextField
          label={t('exercises:fields.leadEntity')}
          hint={directoryNames.length > 0 ? t('exercises:directory.hint') : undefined}
          error={fieldError(errors.leadEntity)}
          maxLength={limits.shortText}
          list={directoryListId}
          {...register('leadEntity')}
        />
        <DirectoryDatalist id={directoryListId} names={directoryNames} />
      </section>

      <section className="form__section">
        <h2 id="exercise-actors">{t('exercises:form.actors')}</h2>
        {linesField('otherActors', 4)}
        {directoryNames.length > 0 ? (
          <AddFromDirectory
            listId={directoryListId}
            onAdd={(name) => {
              const current = getValues('otherActors') ?? [];
              if (!current.includes(name)) setValue('otherActors', [...current, name], { shouldDirty: true });
            }}
          />
        ) : null}
        {linesField('team', 3)}
        <Controller
          control={control}
          name="sdgs"
          render={({ field, fieldState }) => (
            <SdgCheckboxes value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} error={fieldError(fieldState.error)} />
          )}
        />
      </section>

      <section className="form__section">
        <h2 id="exercise-plan">{t('exercises:form.plan')}</h2>
        <SelectField label={t('exercises:fields.phase')} options={phaseOptions} error={fieldError(errors.phase)} {...register('phase')} />
        <div className="form__row">
          <DateField label={t('exercises:fields.startDate')} error={fieldError(errors.startDate)} {...register('startDate')} />
          <DateField label={t('exercises:fields.endDate')} error={fieldError(errors.endDate)} {...register('endDate')} />
        </div>
      </section>

      <ErrorMessage error={submitError} />
      <div className="form__actions">
        <Button type="submit" variant="primary" size="lg" disabled={isSubmitting}>
          {isSubmitting ? t('common:actions.saving') : submitLabel}
        </Button>
        <Button variant="secondary" size="lg" onClick={onCancel} disabled={isSubmitting}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
