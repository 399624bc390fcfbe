import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { ButtonLink, CheckboxField, EmptyState, ErrorMessage, PageHeader, Spinner, TextField, useApiQuery } from '../../ui';
import { filterExercises } from './exerciseFilter';
import { takePrefetchedExerciseList } from './prefetch';
import { ExerciseTable } from './ExerciseTable';
import { useExerciseListView } from './store';

export function ExerciseListPage() {
  const { t } = useTranslation();
  const { showArchived, filter, setShowArchived, setFilter } = useExerciseListView();
  const query = useApiQuery(
    () => (!showArchived && takePrefetchedExerciseList()) || api.listExercises({ includeArchived: showArchived }),
    [showArchived],
  );
  // Typing stays responsive while a long list is filtered in the background.
  const deferredFilter = useDeferredValue(filter);
  const visible = useMemo(() => filterExercises(query.data ?? [], deferredFilter), [query.data, deferredFilter]);
  const newExercise = (
    <ButtonLink href="/exercises/new" variant="primary" size="lg">
      {t('exercises:list.new')}
    </ButtonLink>
  );

  // With nothing active the page explains how to start; the archive toggle stays reachable,
  // since every exercise may have been archived.
  const hasNone = query.data !== undefined && query.data.length === 0 && !showArchived;
  return (
    <>
      <PageHeader title={t('exercises:list.title')} subtitle={t('exercises:list.subtitle')} actions={newExercise} />
      <div className="toolbar">
        {hasNone ? null : (
          <TextField type="search" label={t('exercises:list.filter')} value={filter} onChange={(event) => setFilter(event.target.value)} className="toolbar__grow" />
        )}
        <CheckboxField label={t('exercises:list.showArchived')} checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
      </div>
      {hasNone ? <EmptyState title={t('exercises:list.emptyTitle')} body={t('exercises:list.emptyBody')} /> : null}
      {query.data && !hasNone ? (
        <>
          <p className="list-count" aria-live="polite">
            {t('exercises:list.count', { count: visible.length })}
          </p>
          {visible.length > 0 ? <ExerciseTable exercises={visible} /> : <p className="muted">{t('exercises:list.noMatches')}</p>}
        </>
      ) : null}
      {query.loading && !query.data ? <Spinner /> : null}
      <ErrorMessage error={query.error} onRetry={query.reload} />
    </>
  );
}
