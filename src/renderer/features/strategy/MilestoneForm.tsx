import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MilestoneFields, type MilestoneFieldsInput, type StrategyPlan, type WriteResult } from '../../../shared/documents/strategy';
import { Button, DateField, SelectField, TextField, useFieldError, type SelectOption } from '../../ui';
import { applyWriteResult } from './refusals';

/** What a milestone can be linked to: nothing, an objective or an initiative, by code. */
export function linkOptions(plan: StrategyPlan, noLink: string): { options: SelectOption[]; groups: { label: string; options: SelectOption[] }[] } {
  return {
    options: [{ value: '', label: noLink }],
    groups: plan.objectives.map((objective) => ({
      label: `${objective.code} ${objective.title}`,
      options: [
        { value: `objective:${objective.id}`, label: `${objective.code} ${objective.title}` },
        ...plan.initiatives
          .filter((initiative) => initiative.placed && initiative.objectiveId === objective.id)
          .map((initiative) => ({ value: `initiative:${initiative.id}`, label: `${initiative.code} ${initiative.name}` })),
      ],
    })),
  };
}

const empty: MilestoneFieldsInput = { name: '', date: '', link: '', done: false };

/**
 * Adds a milestone (name, date, link; the form then empties for the next one) or, with `initial`
 * and `onCancel`, edits one.
 */
export function MilestoneForm({ heading, plan, initial, onSave, onCancel }: {
  heading: string;
  plan: StrategyPlan;
  initial?: MilestoneFieldsInput;
  onSave: (fields: MilestoneFields) => WriteResult;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('strategy');
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, reset, formState } = useForm<MilestoneFieldsInput, unknown, MilestoneFields>({
    resolver: zodResolver(MilestoneFields),
    defaultValues: initial ?? empty,
  });
  const errors = formState.errors;
  const submit = handleSubmit((fields) => {
    if (!applyWriteResult(onSave(fields), setError)) return;
    if (onCancel) onCancel();
    else reset();
  });
  const links = linkOptions(plan, t('milestones.noLink'));
  return (
    <form noValidate onSubmit={submit} className="form strategy-form" aria-label={heading}>
      <h3 className="strategy-subtitle">{heading}</h3>
      <div className="form__row">
        <TextField label={t('milestones.nameField')} error={fieldError(errors.name)} autoComplete="off" {...register('name')} />
        <DateField label={t('milestones.dateField')} error={fieldError(errors.date)} {...register('date')} />
        <SelectField label={t('milestones.linkField')} error={fieldError(errors.link)} options={links.options} groups={links.groups} {...register('link')} />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary">
          {t(onCancel ? 'milestones.save' : 'milestones.add')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('initiatives.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
