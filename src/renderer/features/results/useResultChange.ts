import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText, useToast } from '../../ui';

/**
 * Runs one change that is not a form (a removal): says so in a toast, explains a refusal in the
 * current language, and reloads the list so it shows what the core now holds.
 */
export function useResultChange(reload: () => void) {
  const toast = useToast();
  const errorText = useErrorText();
  const { t } = useTranslation('results');
  return useCallback(
    async (change: () => Promise<unknown>, successKey: string) => {
      try {
        await change();
        toast.show(t(successKey), 'success');
        return true;
      } catch (error) {
        toast.show(errorText(error), 'error');
        return false;
      } finally {
        reload();
      }
    },
    [errorText, reload, t, toast],
  );
}
