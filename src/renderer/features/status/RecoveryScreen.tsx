import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../../shared/contract';
import { api } from '../../app/api';
import { LanguageSelect } from '../../app/LanguageSelect';
import { formatDateTime } from '../../i18n/format';
import { Button, ErrorMessage, Spinner, useApiQuery } from '../../ui';
import { newestBackup } from './newestBackup';

type BlockedState = Exclude<Status['state'], 'ready'>;

export interface RecoveryScreenProps {
  /** The store's state; undefined when the core could not be reached at all. */
  status: Status | undefined;
  error?: unknown;
  onRetry: () => Promise<void>;
}

/**
 * What the user sees when the store cannot be opened. It always says that nothing was
 * deleted and what to do next; for a damaged database it offers the newest backup.
 */
export function RecoveryScreen({ status, error, onRetry }: RecoveryScreenProps) {
  const { t } = useTranslation();
  const state: BlockedState = status && status.state !== 'ready' ? status.state : 'unavailable';
  return (
    <div className="recovery">
      <header className="recovery__header">
        <span className="topbar__brand">
          <span className="topbar__logo" aria-hidden="true" />
          {t('common:appName')}
        </span>
        <LanguageSelect />
      </header>
      <main className="recovery__main" id="main">
        <h1>{t('common:recovery.title')}</h1>
        <section className="recovery__card" aria-labelledby="recovery-heading">
          <h2 id="recovery-heading">{t(`common:recovery.${state}.heading`)}</h2>
          <p>{t(`common:recovery.${state}.body`, { version: status?.appVersion ?? '' })}</p>
          {status?.dataDir ? <p className="recovery__safe">{t('common:recovery.safe', { dataDir: status.dataDir })}</p> : null}
          {state === 'corrupt' ? <RestoreNewestBackup onRestored={onRetry} /> : <p>{t(`common:recovery.${state}.action`)}</p>}
          <Button variant={state === 'corrupt' ? 'secondary' : 'primary'} size="lg" onClick={() => void onRetry()}>
            {t('common:recovery.reload')}
          </Button>
          {status?.detail || error ? (
            <details className="recovery__details">
              <summary>{t('common:recovery.technical')}</summary>
              <pre>{status?.detail || String(error)}</pre>
            </details>
          ) : null}
        </section>
      </main>
    </div>
  );
}

function RestoreNewestBackup({ onRestored }: { onRestored: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const backups = useApiQuery(() => api.listBackups({}), []);
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<unknown>();
  const [restored, setRestored] = useState(false);

  if (backups.loading) return <Spinner />;
  if (backups.error) return <ErrorMessage error={backups.error} onRetry={backups.reload} />;
  const backup = newestBackup(backups.data ?? []);
  if (!backup) return <p>{t('common:recovery.corrupt.noBackup')}</p>;

  const restore = async () => {
    setRestoring(true);
    setRestoreError(undefined);
    try {
      await api.restoreBackup({ id: backup.id });
      setRestored(true);
      await onRestored();
    } catch (caught) {
      setRestoreError(caught);
    } finally {
      setRestoring(false);
    }
  };

  return (
    <div className="recovery__restore">
      <p>{t('common:recovery.corrupt.offer', { date: formatDateTime(backup.createdAt, i18n.language) })}</p>
      <Button variant="primary" size="lg" onClick={() => void restore()} disabled={restoring}>
        {restoring ? t('common:recovery.corrupt.restoring') : t('common:recovery.corrupt.restore')}
      </Button>
      {restored ? <p role="status">{t('common:recovery.corrupt.restored')}</p> : null}
      <ErrorMessage error={restoreError} />
    </div>
  );
}
