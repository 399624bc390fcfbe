import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import type { SearchHit } from '../../../shared/contract';
import { limits } from '../../../shared/domain/limits';
import { api } from '../../app/api';
import { navigate, searchPath } from '../../app/location';
import { Button, EmptyState, ErrorMessage, PageHeader, Spinner, useApiQuery } from '../../ui';
import { hitPath } from './hitLink';
import { Highlighted } from './Highlighted';
import { highlightQuery, snippetSegments } from './snippet';

const noHits: SearchHit[] = [];

/** Search across everything; the query lives in the address (?q=) so the page can be reloaded. */
export function SearchPage() {
  const { t } = useTranslation();
  const query = (new URLSearchParams(useSearch()).get('q') ?? '').trim();
  const results = useApiQuery(() => (query ? api.search({ query }) : Promise.resolve(noHits)), [query]);

  return (
    <>
      <PageHeader title={t('search:title')} subtitle={t('search:subtitle')} />
      <SearchForm key={query} initial={query} />
      {!query ? (
        <EmptyState title={t('search:startTitle')} body={t('search:startBody')} />
      ) : results.loading ? (
        <Spinner />
      ) : results.error ? (
        <ErrorMessage error={results.error} onRetry={results.reload} />
      ) : (
        <SearchResults query={query} hits={results.data ?? noHits} />
      )}
    </>
  );
}

function SearchForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  return (
    <form
      role="search"
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(searchPath(text));
      }}
    >
      <label htmlFor="search-query" className="field__label">
        {t('search:field')}
      </label>
      <div className="search-form__row">
        <input id="search-query" type="search" className="input input--large" value={text} maxLength={limits.searchQuery} onChange={(event) => setText(event.target.value)} autoFocus={!initial} />
        <Button type="submit" variant="primary" size="lg">
          {t('search:submit')}
        </Button>
      </div>
    </form>
  );
}

function SearchResults({ query, hits }: { query: string; hits: readonly SearchHit[] }) {
  const { t } = useTranslation();
  if (hits.length === 0) {
    return <EmptyState title={t('search:noResultsTitle', { query })} body={t('search:noResultsBody')} />;
  }
  return (
    <section aria-labelledby="search-results-title">
      <h2 id="search-results-title" className="list-count">
        {t('search:resultsFor', { count: hits.length, query })}
      </h2>
      <ol className="search-hits" aria-label={t('search:results')}>
        {hits.map((hit) => (
          <li key={`${hit.kind}:${hit.id}`} className="search-hit">
            <span className={`badge badge--${hit.kind}`}>{t(`search:kind.${hit.kind}`)}</span>
            <h3 className="search-hit__title">
              <Link href={hitPath(hit)}>
                <Highlighted segments={highlightQuery(hit.title, query)} />
              </Link>
            </h3>
            {hit.snippet ? (
              <p className="search-hit__snippet">
                <Highlighted segments={snippetSegments(hit.snippet)} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
