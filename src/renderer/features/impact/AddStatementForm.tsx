import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { StatementText } from '../../../shared/documents/impactModel';
import { Button, TextField, useFieldError } from '../../ui';

const Schema = z.object({ text: StatementText });
type Values = z.input<typeof Schema>;

/**
 * Adds one statement to a level. The same schema as the document writer checks the text, so an
 * empty or too long statement is explained beside the field and never sent; `onAdd` may still
 * refuse (a full level) with a validation key.
 */
export function AddStatementForm({ levelName, onAdd }: { levelName: string; onAdd: (text: string) => string | undefined }) {
  const { t } = useTranslation('impact');
  const fieldError = useFieldError();
  const { register, handleSubmit, reset, setError, formState } = useForm<Values, unknown, z.output<typeof Schema>>({
    resolver: zodResolver(Schema),
    defaultValues: { text: '' },
  });
  const submit = handleSubmit(({ text }) => {
    const refused = onAdd(text);
    if (refused) setError('text', { message: refused });
    else reset({ text: '' });
  });
  return (
    <form noValidate onSubmit={submit} className="impact-add">
      <TextField
        label={t('toc.newStatement')}
        aria-label={t('toc.newStatementIn', { level: levelName })}
        error={fieldError(formState.errors.text)}
        autoComplete="off"
        {...register('text')}
      />
      <Button type="submit" variant="secondary" aria-label={t('toc.addIn', { level: levelName })}>
        {t('toc.add')}
      </Button>
    </form>
  );
}
