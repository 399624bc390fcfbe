import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/contract';
import { api } from '../../app/api';
import { Button, useErrorText, useToast } from '../../ui';

/**
 * The deletion guard's question: the hub has more than half of this folder's boards in the
 * trash, and the last round held those deletions back. Confirming runs a round that lets them
 * through; the boards then sit in the trash here for 30 days.
 */
export function HeldDeletions({ held, onChanged }: { held: NonNullable<SyncStatus['heldDeletions']>; onChanged: (status: SyncStatus) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      onChanged(await api.confirmHeldDeletions({}));
      toast.show(t('sync:held.done'), 'success');
    } catch (failure) {
      toast.show(errorText(failure), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="banner banner--warning held-deletions" role="region" aria-labelledby="sync-held-title">
      <h3 id="sync-held-title">{t('sync:held.title')}</h3>
      <p>{t('sync:held.body', { count: held.boards, live: held.live })}</p>
      <p>{t('sync:held.safety')}</p>
      <div className="form__actions">
        <Button variant="primary" onClick={() => void confirm()} disabled={busy}>
          {busy ? t('sync:held.confirming') : t('sync:held.confirm')}
        </Button>
      </div>
    </div>
  );
}
