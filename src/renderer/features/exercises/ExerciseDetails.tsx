import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exercise } from '../../../shared/domain/exercise';
import { formatDate } from '../../i18n/format';

/** The exercise's fields as a description list; empty fields say so instead of vanishing. */
export function ExerciseDetails({ exercise }: { exercise: Exercise }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const notSet = <span className="muted">{t('exercises:detail.notSet')}</span>;
  const none = <span className="muted">{t('exercises:detail.none')}</span>;
  const list = (items: readonly ReactNode[]) =>
    items.length === 0 ? (
      none
    ) : (
      <ul className="plain-list">
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    );

  return (
    <section className="card">
      <h2 id="exercise-summary" className="visually-hidden">
        {t('exercises:detail.summary')}
      </h2>
      {exercise.challenge ? <p className="exercise-challenge">{exercise.challenge}</p> : null}
      <dl className="details">
        <div>
          <dt>{t('exercises:fields.leadEntity')}</dt>
          <dd>{exercise.leadEntity || notSet}</dd>
        </div>
        <div>
          <dt>{t('exercises:fields.phase')}</dt>
          <dd>
            <span className={`phase phase--${exercise.phase}`}>{t(`exercises:phase.${exercise.phase}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('exercises:fields.startDate')}</dt>
          <dd>{formatDate(exercise.startDate, locale, 'long') || notSet}</dd>
        </div>
        <div>
          <dt>{t('exercises:fields.endDate')}</dt>
          <dd>{formatDate(exercise.endDate, locale, 'long') || notSet}</dd>
        </div>
        <div>
          <dt>{t('exercises:fields.otherActors')}</dt>
          <dd>{list(exercise.otherActors)}</dd>
        </div>
        <div>
          <dt>{t('exercises:fields.team')}</dt>
          <dd>{list(exercise.team)}</dd>
        </div>
        <div className="details__wide">
          <dt>{t('exercises:fields.sdgs')}</dt>
          <dd>
            {exercise.sdgs.length === 0 ? (
              none
            ) : (
              <ul className="sdg-chips">
                {exercise.sdgs.map((goal) => (
                  <li key={goal} className={`sdg-chip sdg-option--${goal}`}>
                    <span className="sdg-option__number" aria-hidden="true">{goal}</span>
                    <span className="visually-hidden">{t('exercises:sdgShort', { number: goal })}: </span>
                    {t(`exercises:sdg.${goal}`)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
