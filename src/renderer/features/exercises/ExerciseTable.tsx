import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseSummary } from '../../../shared/domain/exercise';
import { createListFormatters } from './listFormat';

/**
 * The exercise list as a plain table. Rows are deliberately light (a native hash link, no
 * per-row hooks) because the list must render a thousand exercises at start-up without delay.
 */
export const ExerciseTable = memo(function ExerciseTable({ exercises }: { exercises: readonly ExerciseSummary[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const format = useMemo(() => createListFormatters(locale), [locale]);
  const archivedBadge = t('exercises:list.archivedBadge');
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('exercises:list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exercises:columns.title')}</th>
            <th scope="col">{t('exercises:columns.leadEntity')}</th>
            <th scope="col">{t('exercises:columns.phase')}</th>
            <th scope="col">{t('exercises:columns.startDate')}</th>
            <th scope="col" className="table__number">
              {t('exercises:columns.workshops')}
            </th>
          </tr>
        </thead>
        <tbody>
          {exercises.map((exercise) => (
            <tr key={exercise.id}>
              <th scope="row" className="table__title">
                <a href={`#/exercises/${exercise.id}`}>{exercise.title}</a>
                {exercise.archived ? <span className="badge badge--muted">{archivedBadge}</span> : null}
              </th>
              <td>{exercise.leadEntity}</td>
              <td>
                <span className={`phase phase--${exercise.phase}`}>{t(`exercises:phase.${exercise.phase}`)}</span>
              </td>
              <td>{format.date(exercise.startDate)}</td>
              <td className="table__number">{format.count(exercise.workshopCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
