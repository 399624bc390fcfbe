import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { RelationshipFields, relationshipTypes, strengthRange, type Actor } from '../../../shared/domain/actor';
import { applyServerIssues, Button, SelectField, useErrorText, useFieldError, useToast } from '../../ui';

type FormInput = z.input<typeof RelationshipFields>;
type FormOutput = z.output<typeof RelationshipFields>;

/** Draws a relationship between two actors of the register. */
export function RelationshipForm({ actors, onSave }: { actors: readonly Actor[]; onSave: (fields: FormOutput) => Promise<unknown> }) {
  const { t } = useTranslation('studioTools');
  const fieldError = useFieldError();
  const errorText = useErrorText();
  const toast = useToast();
  const defaults: FormInput = { from: actors[0]?.id ?? '', to: actors[1]?.id ?? '', type: 'collaboration', strength: 2 };
  const { register, handleSubmit, setError, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(RelationshipFields),
    defaultValues: defaults,
  });
  const errors = formState.errors;

  const submit = handleSubmit(async (fields) => {
    try {
      await onSave(fields);
    } catch (error) {
      if (!applyServerIssues(error, setError)) toast.show(errorText(error), 'error');
    }
  });

  const actorOptions = actors.map((actor) => ({ value: actor.id, label: actor.name }));
  const strengths = Array.from({ length: strengthRange.max - strengthRange.min + 1 }, (_, index) => String(strengthRange.min + index));
  return (
    <form noValidate onSubmit={submit} className="studio-form">
      <div className="studio-form__row">
        <SelectField label={t('network.from')} error={fieldError(errors.from)} options={actorOptions} {...register('from')} />
        <SelectField label={t('network.to')} error={fieldError(errors.to)} options={actorOptions} {...register('to')} />
      </div>
      <div className="studio-form__row">
        <SelectField
          label={t('network.type')}
          error={fieldError(errors.type)}
          options={relationshipTypes.map((type) => ({ value: type, label: t(`network.types.${type}`) }))}
          {...register('type')}
        />
        <SelectField
          label={t('network.strength')}
          error={fieldError(errors.strength)}
          options={strengths.map((value) => ({ value, label: t(`network.strengths.${value}`) }))}
          {...register('strength', { setValueAs: (value: unknown) => Number(value) })}
        />
      </div>
      <div className="studio-form__actions">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {t('network.add')}
        </Button>
      </div>
    </form>
  );
}
