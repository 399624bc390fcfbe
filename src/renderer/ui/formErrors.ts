import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../shared/domain/errors';
import { issuePathToField, validationMessageKey } from './fieldIssues';

/** Returns a function that turns a react-hook-form error into text in the current language. */
export function useFieldError() {
  const { t } = useTranslation();
  return useCallback(
    (error?: { message?: string }) => {
      const key = validationMessageKey(error?.message);
      return key ? t(key) : undefined;
    },
    [t],
  );
}

/**
 * Puts the core's field issues on the form, so a value the core refused shows beside its
 * field just like a client-side error. Returns true when the error was such a refusal.
 */
export function applyServerIssues<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>): boolean {
  if (!(error instanceof ApiError) || !error.issues || error.issues.length === 0) return false;
  for (const issue of error.issues) {
    setError(issuePathToField(issue.path) as Path<T>, { type: 'server', message: issue.key });
  }
  return true;
}

/** Text for any thrown error: ApiErrors by code, anything else as an internal error. */
export function useErrorText() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => t(`errors:${error instanceof ApiError ? error.code : 'internal'}`),
    [t],
  );
}
