import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dayNumber, InitiativeFields, isoFromDay, strategyStatuses, type InitiativeFieldsInput, type Objective, type WriteResult } from '../../../shared/documents/strategy';
import { Button, DateField, SelectField, TextField, useFieldError } from '../../ui';
import { applyWriteResult } from './refusals';

/** A new initiative starts today and runs a quarter (90 days) unless the team says otherwise. */
export function newInitiative(objectiveId: string, today: string): InitiativeFieldsInput {
  return { objectiveId, name: '', owner: '', start: today, end: isoFromDay(dayNumber(today) + 90), status: 'not-started' };
}

/**
 * Adds or edits an initiative. Validated with the plan's own schema (an end before the start is
 * refused on the end date, in words), and nothing is written until it passes.
 */
export function InitiativeForm({ heading, initial, objectives, onSave, onCancel }: {
  heading: string;
  initial: InitiativeFieldsInput;
  objectives: readonly Objective[];
  onSave: (fields: InitiativeFields) => WriteResult;
  onCancel: () => void;
}) {
  const { t } = useTranslation('strategy');
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, formState } = useForm<InitiativeFieldsInput, unknown, InitiativeFields>({
    resolver: zodResolver(InitiativeFields),
    defaultValues: initial,
  });
  const errors = formState.errors;
  const submit = handleSubmit((fields) => {
    if (applyWriteResult(onSave(fields), setError)) onCancel();
  });
  return (
    <form noValidate onSubmit={submit} className="form strategy-form" aria-label={heading}>
      <div className="form__row">
        <TextField label={t('initiatives.nameField')} error={fieldError(errors.name)} autoComplete="off" autoFocus {...register('name')} />
        <TextField label={t('initiatives.ownerField')} hint={t('initiatives.ownerHint')} error={fieldError(errors.owner)} autoComplete="off" {...register('owner')} />
      </div>
      <div className="form__row">
        <DateField label={t('initiatives.startField')} error={fieldError(errors.start)} {...register('start')} />
        <DateField label={t('initiatives.endField')} error={fieldError(errors.end)} {...register('end')} />
        <SelectField
          label={t('initiatives.statusField')}
          error={fieldError(errors.status)}
          options={strategyStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          {...register('status')}
        />
        <SelectField
          label={t('initiatives.objectiveField')}
          error={fieldError(errors.objectiveId)}
          options={objectives.map((objective) => ({ value: objective.id, label: `${objective.code} ${objective.title}` }))}
          {...register('objectiveId')}
        />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary">
          {t('initiatives.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('initiatives.cancel')}
        </Button>
      </div>
    </form>
  );
}
