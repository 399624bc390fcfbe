import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/contract';

/**
 * Local changes the hub would not take in the last round (an observer's edits, or an exercise
 * the account was unassigned from): said in words, with what to do, so a pending count that
 * never goes down is explained. Nothing here is lost; the changes stay in this folder.
 */
export function RefusedChanges({ refused }: { refused: SyncStatus['refusedChanges'] }) {
  const { t } = useTranslation();
  if (refused.readOnly + refused.noAccess === 0) return null;
  return (
    <div className="banner banner--warning held-deletions" role="region" aria-label={t('sync:refused.badge', { count: refused.readOnly + refused.noAccess })}>
      {refused.readOnly > 0 ? <p>{t('sync:refused.readOnly', { count: refused.readOnly })}</p> : null}
      {refused.noAccess > 0 ? <p>{t('sync:refused.noAccess', { count: refused.noAccess })}</p> : null}
      <p>{t('sync:refused.kept')}</p>
    </div>
  );
}
