import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useErrorText, useToast } from '../../ui';

/**
 * Moving a board to the trash and back, each answered by a toast that undoes it. No question
 * is asked first: nothing is lost, and "Undo" is one key press away. Lists refresh on their
 * own, because the core tells every window (this one too) that the store changed.
 */
export function useBoardTrash() {
  const { t } = useTranslation('trash');
  const toast = useToast();
  const errorText = useErrorText();

  async function run(call: () => Promise<unknown>): Promise<boolean> {
    try {
      await call();
      return true;
    } catch (error) {
      toast.show(errorText(error), 'error');
      return false;
    }
  }

  async function moveToTrash(id: string): Promise<boolean> {
    const done = await run(() => api.deleteBoard({ id }));
    if (done) toast.show(t('moved'), 'info', { label: t('undo'), run: () => void restore(id) });
    return done;
  }

  async function restore(id: string): Promise<boolean> {
    const done = await run(() => api.restoreBoard({ id }));
    if (done) toast.show(t('restored'), 'success', { label: t('undo'), run: () => void moveToTrash(id) });
    return done;
  }

  return { moveToTrash, restore };
}
