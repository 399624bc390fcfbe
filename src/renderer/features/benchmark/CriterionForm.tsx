import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CriterionFields } from '../../../shared/documents/benchmark';
import { Button, NumberField, TextField, useFieldError } from '../../ui';

type CriterionInput = { name: string; weight: number };

/**
 * Adds a criterion, or edits one in place. Validated with the same schema the document helper
 * uses, so a weight of −2 is refused here with its message and never reaches the board.
 */
export function CriterionForm({ initial, onSave, onCancel }: {
  initial?: CriterionFields;
  /** Writes the criterion; returns a validation key if the document refused it. */
  onSave: (fields: CriterionFields) => string | undefined;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('benchmark');
  const fieldError = useFieldError();
  const { register, handleSubmit, reset, setError, setFocus, formState } = useForm<CriterionInput, unknown, CriterionFields>({
    resolver: zodResolver(CriterionFields),
    defaultValues: initial ?? { name: '', weight: Number.NaN },
  });
  const errors = formState.errors;
  const submit = handleSubmit((fields) => {
    const refused = onSave(fields);
    if (refused) return setError('root', { message: refused });
    if (!initial) {
      // Ready for the next criterion: the team usually lists several in a row.
      reset({ name: '', weight: Number.NaN });
      setFocus('name');
    }
  });
  const heading = initial ? t('criteria.editHeading', { name: initial.name }) : t('criteria.addHeading');
  return (
    <form noValidate onSubmit={submit} className="benchmark-form" aria-label={heading}>
      <div className="benchmark-form__row">
        <TextField label={t('criteria.nameField')} error={fieldError(errors.name)} autoComplete="off" {...register('name')} />
        <NumberField
          label={t('criteria.weightField')}
          hint={t('criteria.weightHint')}
          error={fieldError(errors.weight)}
          step="any"
          className="benchmark-form__weight"
          {...register('weight', { valueAsNumber: true })}
        />
      </div>
      {errors.root ? <p className="field__error" role="alert">{fieldError(errors.root)}</p> : null}
      <div className="benchmark-form__actions">
        <Button type="submit" variant="primary">{initial ? t('criteria.save') : t('criteria.add')}</Button>
        {onCancel ? <Button onClick={onCancel}>{t('criteria.cancel')}</Button> : null}
      </div>
    </form>
  );
}
