import { useTranslation } from 'react-i18next';
import type { ExerciseFields } from '../../../shared/domain/exercise';
import { api } from '../../app/api';
import { navigate } from '../../app/location';
import { ErrorMessage, PageHeader, Spinner, useApiQuery, useToast } from '../../ui';
import { ExerciseForm } from './ExerciseForm';

/** Creates an exercise (no id) or edits one; both go back to the exercise's page when saved. */
export function ExerciseEditPage({ id }: { id?: string }) {
  return id ? <EditExercise id={id} /> : <CreateExercise />;
}

function CreateExercise() {
  const { t } = useTranslation();
  const toast = useToast();
  const create = async (fields: ExerciseFields) => {
    const exercise = await api.createExercise(fields);
    toast.show(t('exercises:form.created'), 'success');
    navigate(`/exercises/${exercise.id}`);
  };
  return (
    <>
      <PageHeader title={t('exercises:form.createTitle')} breadcrumbs={[{ label: t('exercises:list.title'), href: '/' }]} />
      <ExerciseForm submitLabel={t('exercises:form.create')} onSubmit={create} onCancel={() => navigate('/')} />
    </>
  );
}

function EditExercise({ id }: { id: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const query = useApiQuery(() => api.getExercise({ id }), [id]);
  const exercise = query.data;
  const backToExercise = () => navigate(`/exercises/${id}`);
  const save = async (fields: ExerciseFields) => {
    await api.updateExercise({ id, fields });
    toast.show(t('exercises:form.updated'), 'success');
    backToExercise();
  };

  if (!exercise) {
    return query.error ? <ErrorMessage error={query.error} onRetry={query.reload} /> : <Spinner />;
  }
  return (
    <>
      <PageHeader
        title={t('exercises:form.editTitle')}
        subtitle={exercise.title}
        breadcrumbs={[
          { label: t('exercises:list.title'), href: '/' },
          { label: exercise.title, href: `/exercises/${id}` },
        ]}
      />
      {/* Loaded once: a refresh from another window must not overwrite what is being typed. */}
      <ExerciseForm exercise={exercise} submitLabel={t('exercises:form.save')} onSubmit={save} onCancel={backToExercise} />
    </>
  );
}
