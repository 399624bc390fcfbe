import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RoundFields } from '../../../shared/documents/culture';
import { Button, DateField, TextField, useFieldError } from '../../ui';

/**
 * A new follow-up round: a name and a date, checked with the same schema the document helper
 * uses. `onAdd` returns the document's refusal (e.g. too many rounds), shown on the name.
 */
export function RoundForm({ defaultName, defaultDate, onAdd }: { defaultName: string; defaultDate: string; onAdd: (fields: RoundFields) => string | undefined }) {
  const { t } = useTranslation('culture');
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, reset, formState } = useForm<RoundFields>({
    resolver: zodResolver(RoundFields),
    values: { name: defaultName, date: defaultDate },
  });
  const submit = handleSubmit((fields) => {
    const refused = onAdd(fields);
    if (refused) setError('name', { message: refused });
    else reset();
  });
  return (
    <form noValidate onSubmit={submit} className="form culture-round-form" aria-label={t('rounds.addHeading')}>
      <h3>{t('rounds.addHeading')}</h3>
      <div className="form__row">
        <TextField label={t('rounds.newName')} autoComplete="off" error={fieldError(formState.errors.name)} {...register('name')} />
        <DateField label={t('rounds.newDate')} error={fieldError(formState.errors.date)} {...register('date')} />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="primary">
          {t('rounds.add')}
        </Button>
      </div>
    </form>
  );
}
