import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { WriteResult } from '../../../shared/documents/strategy';

/**
 * Puts a refused write's issues on the form's fields (the plan checks every value again before
 * storing it, e.g. an objective removed in another window meanwhile). Returns whether it was stored.
 */
export function applyWriteResult<T extends FieldValues>(result: WriteResult, setError: UseFormSetError<T>): boolean {
  if (result.ok) return true;
  result.issues.forEach((issue) => setError((issue.path || 'root') as Path<T>, { type: 'refused', message: issue.key }));
  return false;
}
