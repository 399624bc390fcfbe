import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CaseFields } from '../../../shared/documents/benchmark';
import { Button, TextAreaField, TextField, useFieldError } from '../../ui';

const empty: CaseFields = { organisation: '', country: '', source: '', description: '' };

/**
 * Adds a case, or edits one in place. The source link is checked with the document's own rule:
 * only http(s) pages, so a `javascript:` link can never be stored and later clicked.
 */
export function CaseForm({ initial, onSave, onCancel }: {
  initial?: CaseFields;
  /** Writes the case; returns a validation key if the document refused it. */
  onSave: (fields: CaseFields) => string | undefined;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('benchmark');
  const fieldError = useFieldError();
  const { register, handleSubmit, reset, setError, setFocus, formState } = useForm<CaseFields>({
    resolver: zodResolver(CaseFields),
    defaultValues: initial ?? empty,
  });
  const errors = formState.errors;
  const submit = handleSubmit((fields) => {
    const refused = onSave(fields);
    if (refused) return setError('root', { message: refused });
    if (!initial) {
      reset(empty);
      setFocus('organisation');
    }
  });
  const heading = initial ? t('cases.editHeading', { name: initial.organisation }) : t('cases.addHeading');
  return (
    <form noValidate onSubmit={submit} className="benchmark-form" aria-label={heading}>
      <div className="benchmark-form__row">
        <TextField label={t('cases.organisationField')} error={fieldError(errors.organisation)} autoComplete="off" {...register('organisation')} />
        <TextField label={t('cases.countryField')} error={fieldError(errors.country)} autoComplete="off" {...register('country')} />
      </div>
      <TextField type="url" label={t('cases.sourceField')} hint={t('cases.sourceHint')} error={fieldError(errors.source)} autoComplete="off" {...register('source')} />
      <TextAreaField rows={2} label={t('cases.descriptionField')} error={fieldError(errors.description)} {...register('description')} />
      {errors.root ? <p className="field__error" role="alert">{fieldError(errors.root)}</p> : null}
      <div className="benchmark-form__actions">
        <Button type="submit" variant="primary">{initial ? t('cases.save') : t('cases.add')}</Button>
        {onCancel ? <Button onClick={onCancel}>{t('cases.cancel')}</Button> : null}
      </div>
    </form>
  );
}
