import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui';
import { navigate, searchPath } from './location';

/** The search box in the top bar; Enter opens the search page with the query. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  return (
    <form
      role="search"
      className="global-search"
      onSubmit={(event) => {
        event.preventDefault();
        if (query.trim()) navigate(searchPath(query));
      }}
    >
      <label htmlFor="global-search" className="visually-hidden">
        {t('common:globalSearch.label')}
      </label>
      <input
        id="global-search"
        type="search"
        className="input global-search__input"
        placeholder={t('common:globalSearch.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        maxLength={200}
      />
      <Button type="submit" variant="secondary">
        {t('common:globalSearch.submit')}
      </Button>
    </form>
  );
}
