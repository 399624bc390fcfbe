import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '../../ui';
import { useDisplayName } from './displayName';

/** The name this laptop signs comments with, saved locally. */
export function DisplayNameField({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation('facilitation');
  const { saved, save } = useDisplayName(t('name.default'));
  const [draft, setDraft] = useState(saved);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(draft);
    onSaved();
  };
  return (
    <form className="facilitation-form facilitation-form__row facilitation-form__row--bottom" onSubmit={submit}>
      <TextField label={t('name.field')} hint={t('name.hint')} placeholder={t('name.default')} maxLength={200} value={draft} onChange={(event) => setDraft(event.target.value)} />
      <Button type="submit">{t('name.save')}</Button>
    </form>
  );
}
