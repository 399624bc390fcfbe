import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readTimer, startTimer } from '../../../shared/board/facilitation';
import { limits } from '../../../shared/domain/limits';
import { Button, NumberField, TextField, useFieldError } from '../../ui';
import { useAnnouncer } from '../boards/useAnnouncer';
import { wallClock } from './clock';
import { TimerForm, type TimerFormInput, type TimerFormValues } from './forms';
import { useDocValue } from './useDocValue';

const quickMinutes = [3, 5, 10, 15] as const;

/** Sets the room's timer: a duration in minutes and the activity it times. */
export function TimerPanel({ doc, origin }: { doc: Y.Doc; origin: unknown }) {
  const { t } = useTranslation('facilitation');
  const fieldError = useFieldError();
  const timer = useDocValue(doc, readTimer);
  const { message, announce } = useAnnouncer();
  const { register, handleSubmit, getValues, formState } = useForm<TimerFormInput, unknown, TimerFormValues>({
    resolver: zodResolver(TimerForm),
    defaultValues: { minutes: Math.max(1, Math.round(timer.durationMs / 60_000)) || 5, label: timer.label },
  });

  const start = (minutes: number, label: string) => {
    startTimer(doc, minutes * 60_000, label, wallClock(), origin);
    announce(t('timer.announceStarted', { minutes }));
  };
  const submit = handleSubmit(({ minutes, label }) => start(minutes, label));

  return (
    <form className="form facilitation-form" noValidate onSubmit={(event) => void submit(event)}>
      <NumberField label={t('timer.minutes')} hint={t('timer.minutesHint')} min={1} max={180} step={1} error={fieldError(formState.errors.minutes)} {...register('minutes', { valueAsNumber: true })} />
      <TextField label={t('timer.activity')} maxLength={limits.shortText} error={fieldError(formState.errors.label)} {...register('label')} />
      <Button type="submit" variant="primary">
        {timer.durationMs > 0 ? t('timer.restart') : t('timer.start')}
      </Button>
      <div role="group" aria-label={t('timer.quickStart')} className="facilitation-form__row">
        {quickMinutes.map((minutes) => (
          <Button key={minutes} onClick={() => start(minutes, getValues('label') ?? '')}>
            {t('timer.quickMinutes', { count: minutes })}
          </Button>
        ))}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
