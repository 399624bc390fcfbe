import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { validationKeys } from '../../../shared/domain/errors';
import type { MethodCard } from '../../../shared/methods/library';
import { api } from '../../app/api';
import { Button, SelectField, useApiQuery, useFieldError } from '../../ui';
import { templateName, useCardLocale } from './cardText';
import { useOpenAsBoard } from './useOpenAsBoard';

const chosen = z.string().min(1, { error: validationKeys.required });
const Destination = z.object({ exerciseId: chosen, workshopId: chosen });
type Destination = z.infer<typeof Destination>;

/**
 * From the standalone library a board needs a home first: the exercise, then one of its
 * workshops. Nothing is created until both are chosen.
 */
export function OpenAsBoardForm({ card }: { card: MethodCard }) {
  const { t } = useTranslation('methodLibrary');
  const locale = useCardLocale();
  const fieldError = useFieldError();
  const openAsBoard = useOpenAsBoard();
  const { register, handleSubmit, control, formState, setValue } = useForm<Destination>({
    resolver: zodResolver(Destination),
    defaultValues: { exerciseId: '', workshopId: '' },
  });
  const exerciseId = useWatch({ control, name: 'exerciseId' });
  const exercises = useApiQuery(() => api.listExercises({ includeArchived: false }), []);
  const workshops = useApiQuery(() => (exerciseId ? api.listWorkshops({ exerciseId }) : Promise.resolve([])), [exerciseId]);
  const exerciseList = exercises.data ?? [];
  const workshopList = workshops.data ?? [];
  const errors = formState.errors;

  const submit = handleSubmit(async ({ workshopId }) => openAsBoard(card, workshopId));

  return (
    <section aria-labelledby="method-open-heading" className="method-card__open">
      <h2 id="method-open-heading">{t('useTemplate.heading')}</h2>
      <p>{t('useTemplate.intro', { template: templateName(card, locale) })}</p>
      {exercises.data && exerciseList.length === 0 ? (
        <p className="method-card__hint">{t('useTemplate.noExercises')}</p>
      ) : (
        <form noValidate onSubmit={submit} className="method-card__open-form">
          <SelectField
            label={t('useTemplate.exercise')}
            error={fieldError(errors.exerciseId)}
            options={[{ value: '', label: t('useTemplate.chooseExercise') }, ...exerciseList.map((exercise) => ({ value: exercise.id, label: exercise.title }))]}
            {...register('exerciseId', { onChange: () => setValue('workshopId', '') })}
          />
          <SelectField
            label={t('useTemplate.workshop')}
            error={fieldError(errors.workshopId)}
            hint={exerciseId && workshops.data && workshopList.length === 0 ? t('useTemplate.noWorkshops') : undefined}
            options={[{ value: '', label: t('useTemplate.chooseWorkshop') }, ...workshopList.map((workshop) => ({ value: workshop.id, label: workshop.title }))]}
            {...register('workshopId')}
          />
          <div className="method-card__open-actions">
            <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
              {t('useTemplate.create')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
