import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncState } from '../../../shared/contract';
import { Link } from 'wouter';
import { formatRelativeTime } from '../../i18n/format';
import { useSyncStatus } from './useSyncStatus';

/**
 * The sync status in the top bar, on every page. The state and the pending count are a polite
 * live region (role=status, never focused); the "last synced" time sits outside it, so its
 * ticking is not read out every half minute. A round shows as "syncing" only once it has taken
 * more than a second, so the minute-by-minute rounds on a fast network are not announced at all.
 */
export function SyncIndicator() {
  const { t, i18n } = useTranslation();
  const { status, now } = useSyncStatus();
  const state = useShownState(status?.state);
  if (!status || !state) return null;
  const { pendingChanges, lastSyncAt, lastError, heldDeletions, refusedChanges } = status;
  const refused = refusedChanges.readOnly + refusedChanges.noAccess;
  const needsAttention = state === 'error' || heldDeletions !== null || refused > 0;
  return (
    <div className={`sync-indicator sync-indicator--${state}`}>
      <span className="sync-indicator__dot" aria-hidden="true" />
      <span role="status" aria-label={t('sync:status.label')} className="sync-indicator__state">
        <span>{t(`sync:status.${state}`)}</span>
        {pendingChanges > 0 && state !== 'not-linked' ? <span> · {t('sync:status.pending', { count: pendingChanges })}</span> : null}
        {state === 'error' && lastError ? <span className="visually-hidden">{t(`sync:errors.${lastError}`)}</span> : null}
        {heldDeletions ? <span> · {t('sync:held.badge', { count: heldDeletions.boards })}</span> : null}
        {refused > 0 && state !== 'not-linked' ? <span> · {t('sync:refused.badge', { count: refused })}</span> : null}
      </span>
      {state === 'synced' || state === 'offline' ? (
        <span className="sync-indicator__when">
          {lastSyncAt ? t('sync:status.lastSync', { when: formatRelativeTime(lastSyncAt, i18n.language, now) }) : t('sync:status.never')}
        </span>
      ) : null}
      {needsAttention ? (
        <Link href="/settings" className="sync-indicator__link">
          {t('sync:status.fix')}
        </Link>
      ) : null}
    </div>
  );
}

/** The state to show: a change to 'syncing' waits a second (and is skipped if the round ends sooner). */
function useShownState(state: SyncState | undefined): SyncState | undefined {
  const [shown, setShown] = useState(state);
  useEffect(() => {
    const timer = setTimeout(() => setShown(state), state === 'syncing' ? 1_000 : 0);
    return () => clearTimeout(timer);
  }, [state]);
  return shown;
}
