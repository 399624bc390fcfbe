import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { Button, useApiQuery } from '../../ui';

/** The entity directory the central office publishes (synced), as names; empty before a sync. */
export function useDirectoryNames(): string[] {
  const query = useApiQuery(() => api.entityDirectory({}), []);
  return (query.data ?? []).map((entry) => entry.name);
}

/** Suggestions for an input with `list={id}`: the browser's own combobox, typing stays free. */
export function DirectoryDatalist({ id, names }: { id: string; names: string[] }) {
  return (
    <datalist id={id}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}

/**
 * Adds a directory entity to a one-per-line list (other actors): a text input suggesting the
 * directory's names, and a button that appends what was chosen unless it is already there.
 */
export function AddFromDirectory({ listId, onAdd }: { listId: string; onAdd: (name: string) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [value, setValue] = useState('');
  const add = () => {
    const name = value.trim();
    if (!name) return;
    onAdd(name);
    setValue('');
  };
  return (
    <div className="form__inline">
      <label htmlFor={inputId}>{t('exercises:directory.addActor')}</label>
      <input
        id={inputId}
        className="input"
        list={listId}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
      />
      <Button variant="secondary" onClick={add}>
        {t('exercises:directory.add')}
      </Button>
    </div>
  );
}
