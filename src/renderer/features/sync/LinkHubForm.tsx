import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LinkHubInput, type SyncStatus } from '../../../shared/contract';
import { ApiError } from '../../../shared/domain/errors';
import { api } from '../../app/api';
import { Button, ErrorMessage, TextField, applyServerIssues, useFieldError } from '../../ui';

type LinkFields = { hubUrl: string; email: string; password: string; deviceName: string };

/**
 * Signs this computer in to the central office. Validated with the core's own schema; the two
 * refusals people can fix themselves (wrong password, wrong or unreachable address) show beside
 * the field concerned, anything else above the button.
 */
export function LinkHubForm({ onLinked, again }: { onLinked: (status: SyncStatus) => void; again?: { hubUrl: string; email: string } }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const [submitError, setSubmitError] = useState<unknown>();
  const { register, handleSubmit, setError, formState, resetField } = useForm<LinkFields>({
    resolver: zodResolver(LinkHubInput),
    defaultValues: { hubUrl: again?.hubUrl ?? '', email: again?.email ?? '', password: '', deviceName: '' },
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async (fields) => {
    setSubmitError(undefined);
    try {
      onLinked(await api.linkHub(fields));
    } catch (error) {
      const code = error instanceof ApiError ? error.code : undefined;
      if (code === 'invalid_credentials') {
        resetField('password', { keepError: false });
        setError('password', { type: 'credentials' }, { shouldFocus: true });
      } else if (code === 'hub_unreachable') {
        setError('hubUrl', { type: 'unreachable' }, { shouldFocus: true });
      } else if (!applyServerIssues(error, setError)) {
        setSubmitError(error);
      }
    }
  });

  const passwordError = errors.password?.type === 'credentials' ? t('sync:form.wrongPassword') : fieldError(errors.password);
  const hubUrlError = errors.hubUrl?.type === 'unreachable' ? t('sync:form.unreachable') : fieldError(errors.hubUrl);

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <TextField label={t('sync:form.hubUrl')} hint={t('sync:form.hubUrlHint')} error={hubUrlError} type="url" inputMode="url" autoComplete="url" {...register('hubUrl')} />
      <TextField label={t('sync:form.email')} error={fieldError(errors.email)} type="email" autoComplete="username" {...register('email')} />
      <TextField label={t('sync:form.password')} error={passwordError} type="password" autoComplete="current-password" {...register('password')} />
      <TextField label={t('sync:form.deviceName')} hint={t('sync:form.deviceNameHint')} error={fieldError(errors.deviceName)} autoComplete="off" {...register('deviceName')} />
      <ErrorMessage error={submitError} />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? t('sync:form.submitting') : again ? t('sync:form.signInAgain') : t('sync:form.submit')}
        </Button>
      </div>
    </form>
  );
}
