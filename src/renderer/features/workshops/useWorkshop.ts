import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/domain/workshop';
import { newerWorkshop } from './workshopState';
import { api } from '../../app/api';
import { useApiQuery, useErrorText, useToast } from '../../ui';

export function useWorkshop(id: string) {
  const query = useApiQuery(() => api.getWorkshop({ id }), [id]);
  const [changed, setChanged] = useState<Workshop>();
  const workshop = newerWorkshop(query.data?.id === id ? query.data : undefined, changed?.id === id ? changed : undefined);
  return { workshop, error: query.error, loading: query.loading, reload: query.reload, accept: setChanged };
}

export type AcceptWorkshop = (workshop: Workshop) => void;

/**
 * Runs one change that is not a form (remove, move, a status select): shows the result, says
 * so in a toast, and explains a refusal in the current language. Returns the new workshop.
 */
export function useWorkshopChange(accept: AcceptWorkshop) {
  const toast = useToast();
  const errorText = useErrorText();
  const { t } = useTranslation('workshops');
  return useCallback(
    async (change: () => Promise<Workshop>, successKey?: string, values?: Record<string, unknown>) => {
      try {
        const next = await change();
        accept(next);
        if (successKey) toast.show(t(successKey, values), 'success');
        return next;
      } catch (error) {
        toast.show(errorText(error), 'error');
        return undefined;
      }
    },
    [accept, errorText, t, toast],
  );
}
