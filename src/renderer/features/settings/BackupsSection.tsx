import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../shared/contract';
import { api } from '../../app/api';
import { formatBytes, formatDateTime } from '../../i18n/format';
import { Button, ConfirmDialog, ErrorMessage, Spinner, useApiQuery, useErrorText, useToast } from '../../ui';
import { BackupTable } from './BackupTable';
import { sortBackupsNewestFirst } from './backupOrder';

/** What the last restore replaced, so the user can go back to it. */
interface LastRestore {
  restored: Backup;
  undo: Backup | null;
}

/**
 * Backups: make one now, restore one after a confirmation, and undo a restore with the
 * pre-restore backup the core keeps of the state it replaced.
 */
export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const backups = useApiQuery(() => api.listBackups({}), []);
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [pending, setPending] = useState<Backup | null>(null);
  const [lastRestore, setLastRestore] = useState<LastRestore | null>(null);
  const dateOf = (backup: Backup) => formatDateTime(backup.createdAt, i18n.language);

  const backUpNow = async () => {
    setBusy('backup');
    try {
      await api.createBackup({});
      toast.show(t('settings:backups.created'), 'success');
      backups.reload();
    } catch (error) {
      toast.show(errorText(error), 'error');
    } finally {
      setBusy(null);
    }
  };

  const restore = async (backup: Backup, isUndo: boolean) => {
    setBusy('restore');
    try {
      const result = await api.restoreBackup({ id: backup.id });
      // A restore is reported by the banner that offers its undo; an undo only needs a toast.
      setLastRestore(isUndo ? null : result);
      if (isUndo) toast.show(t('settings:backups.undone'), 'success');
      backups.reload();
    } catch (error) {
      toast.show(errorText(error), 'error');
    } finally {
      setBusy(null);
      setPending(null);
    }
  };

  return (
    <section className="card">
      <div className="section__header">
        <h2 id="settings-backups">{t('settings:backups.title')}</h2>
        <Button variant="primary" onClick={() => void backUpNow()} disabled={busy !== null}>
          {busy === 'backup' ? t('settings:backups.backingUp') : t('settings:backups.backUpNow')}
        </Button>
      </div>
      <p>{t('settings:backups.body')}</p>
      {lastRestore ? (
        <div className="banner banner--success" role="status">
          <p>{t('settings:backups.restored', { date: dateOf(lastRestore.restored) })}</p>
          {lastRestore.undo ? (
            <>
              <p>{t('settings:backups.undoHint')}</p>
              <Button variant="secondary" onClick={() => lastRestore.undo && void restore(lastRestore.undo, true)} disabled={busy !== null}>
                {t('settings:backups.undo')}
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
      {backups.data ? (
        backups.data.length === 0 ? (
          <p className="muted">{t('settings:backups.empty')}</p>
        ) : (
          <BackupTable backups={sortBackupsNewestFirst(backups.data)} dateOf={dateOf} sizeOf={(backup) => formatBytes(backup.bytes, i18n.language)} disabled={busy !== null} onRestore={setPending} />
        )
      ) : backups.error ? (
        <ErrorMessage error={backups.error} onRetry={backups.reload} />
      ) : (
        <Spinner />
      )}
      <ConfirmDialog
        open={pending !== null}
        busy={busy === 'restore'}
        title={t('settings:backups.confirmTitle')}
        body={<p>{pending ? t('settings:backups.confirmBody', { date: dateOf(pending) }) : null}</p>}
        confirmLabel={t('settings:backups.confirm')}
        danger
        onConfirm={() => pending && void restore(pending, false)}
        onCancel={() => setPending(null)}
      />
    </section>
  );
}
