import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { ButtonLink, ErrorMessage, PageHeader, Spinner, useApiQuery } from '../../ui';
import { ArchiveExercise } from './ArchiveExercise';
import { ExportArchiveButton } from '../archive/ExportArchiveButton';
import { ReportButton } from '../reports/ReportButton';
import { ExerciseDetails } from './ExerciseDetails';
import { ExerciseWorkshops } from './ExerciseWorkshops';
import { ContributionsSection } from '../results/ContributionsSection';
import { IndicatorsSection } from '../results/IndicatorsSection';

/** One exercise: its fields, archive state, indicators at a glance, contributions and workshops. */
export function ExercisePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useApiQuery(() => api.getExercise({ id }), [id]);
  const exercise = query.data;

  if (!exercise) {
    return query.error ? <ErrorMessage error={query.error} onRetry={query.reload} /> : <Spinner />;
  }
  return (
    <>
      <PageHeader
        title={exercise.title}
        breadcrumbs={[{ label: t('exercises:list.title'), href: '/' }]}
        actions={
          <>
            <ButtonLink href={`/exercises/${id}/edit`} variant="primary">
              {t('common:actions.edit')}
            </ButtonLink>
            <ArchiveExercise exercise={exercise} onChanged={query.reload} />
            <ExportArchiveButton exerciseId={id} />
            <ReportButton report="exercise" id={id} />
          </>
        }
      />
      {exercise.archived ? <p className="banner banner--info">{t('exercises:detail.archivedNotice')}</p> : null}
      <ExerciseDetails exercise={exercise} />
      <IndicatorsSection exerciseId={id} />
      <ContributionsSection exerciseId={id} />
      <ExerciseWorkshops exerciseId={id} />
    </>
  );
}
