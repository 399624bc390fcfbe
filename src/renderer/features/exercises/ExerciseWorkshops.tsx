import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSummary } from '../../../shared/domain/workshop';
import { api } from '../../app/api';
import { formatDate, formatNumber } from '../../i18n/format';
import { Button, EmptyState, ErrorMessage, Spinner, useApiQuery } from '../../ui';
import { NewWorkshopForm } from './NewWorkshopForm';

function placeOf(workshop: WorkshopSummary, t: (key: string, values?: Record<string, string>) => string): string {
  if (workshop.municipality && workshop.department) return t('exercises:workshops.place', { municipality: workshop.municipality, department: workshop.department });
  return workshop.municipality || workshop.department;
}

/** The workshops of an exercise, and the form that plans a new one. */
export function ExerciseWorkshops({ exerciseId }: { exerciseId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const query = useApiQuery(() => api.listWorkshops({ exerciseId }), [exerciseId]);
  const [creating, setCreating] = useState(false);
  const workshops = query.data ?? [];

  return (
    <section className="section">
      <div className="section__header">
        <h2 id="exercise-workshops">{t('exercises:workshops.title')}</h2>
        {creating ? null : (
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('exercises:workshops.new')}
          </Button>
        )}
      </div>
      {creating ? <NewWorkshopForm exerciseId={exerciseId} onCancel={() => setCreating(false)} /> : null}
      {query.loading && !query.data ? <Spinner /> : null}
      <ErrorMessage error={query.error} onRetry={query.reload} />
      {query.data && workshops.length === 0 && !creating ? (
        <EmptyState level={3} title={t('exercises:workshops.emptyTitle')} body={t('exercises:workshops.emptyBody')} />
      ) : null}
      {workshops.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('exercises:workshops.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exercises:workshops.columns.title')}</th>
                <th scope="col">{t('exercises:workshops.columns.date')}</th>
                <th scope="col">{t('exercises:workshops.columns.place')}</th>
                <th scope="col">{t('exercises:workshops.columns.modality')}</th>
                <th scope="col" className="table__number">{t('exercises:workshops.columns.participants')}</th>
                <th scope="col" className="table__number">{t('exercises:workshops.columns.boards')}</th>
              </tr>
            </thead>
            <tbody>
              {workshops.map((workshop) => (
                <tr key={workshop.id}>
                  <th scope="row" className="table__title">
                    <a href={`#/workshops/${workshop.id}`}>{workshop.title}</a>
                  </th>
                  <td>{formatDate(workshop.date, locale)}</td>
                  <td>{placeOf(workshop, t)}</td>
                  <td>{t(`exercises:workshopForm.modality.${workshop.modality}`)}</td>
                  <td className="table__number">{formatNumber(workshop.participantCount, locale)}</td>
                  <td className="table__number">{formatNumber(workshop.boardCount, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
