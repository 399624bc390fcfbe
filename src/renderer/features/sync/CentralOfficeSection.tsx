import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { ConfirmDialog, Button, ErrorMessage, Spinner, useErrorText, useToast } from '../../ui';
import { HeldDeletions } from './HeldDeletions';
import { RefusedChanges } from './RefusedChanges';
import { LinkHubForm } from './LinkHubForm';
import { useSyncStatus } from './useSyncStatus';

/** Settings → Central office: sign in to the hub, or see the account, sync now and disconnect. */
export function CentralOfficeSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const { status, error, update } = useSyncStatus();
  const [busy, setBusy] = useState<'sync' | 'unlink' | null>(null);
  const [confirming, setConfirming] = useState(false);

  const run = async (which: 'sync' | 'unlink', call: () => Promise<void>) => {
    setBusy(which);
    try {
      await call();
    } catch (failure) {
      toast.show(errorText(failure), 'error');
    } finally {
      setBusy(null);
    }
  };
  const syncNow = () => run('sync', async () => update(await api.syncNow({})));
  const unlink = () =>
    run('unlink', async () => {
      update(await api.unlinkHub({}));
      setConfirming(false);
      toast.show(t('sync:section.unlinked'), 'success');
    });

  const linked = status?.linked;
  return (
    <section className="card" aria-labelledby="settings-central-office">
      <h2 id="settings-central-office">{t('sync:section.title')}</h2>
      <p>{t('sync:section.body')}</p>
      {!status ? (
        error ? <ErrorMessage error={error} /> : <Spinner />
      ) : linked ? (
        <>
          <p>{t('sync:section.linkedAs', { hubUrl: linked.hubUrl, email: linked.email, role: t(`sync:roles.${linked.role}`) })}</p>
          {status.lastError && status.state === 'error' ? <p className="field__error">{t(`sync:errors.${status.lastError}`)}</p> : null}
          {status.heldDeletions ? <HeldDeletions held={status.heldDeletions} onChanged={update} /> : null}
          <RefusedChanges refused={status.refusedChanges} />
          {status.lastError === 'device_signed_out' || status.lastError === 'invalid_credentials' ? (
            // The sign-in was lost: sign in again here, with the address and account already filled in.
            <LinkHubForm again={{ hubUrl: linked.hubUrl, email: linked.email }} onLinked={update} />
          ) : null}
          <div className="form__actions">
            <Button variant="primary" onClick={() => void syncNow()} disabled={busy !== null || status.state === 'syncing'}>
              {busy === 'sync' || status.state === 'syncing' ? t('sync:section.syncing') : t('sync:section.syncNow')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(true)} disabled={busy !== null}>
              {t('sync:section.unlink')}
            </Button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={t('sync:section.unlinkTitle')}
            body={t('sync:section.unlinkBody')}
            confirmLabel={t('sync:section.unlink')}
            danger
            busy={busy === 'unlink'}
            onConfirm={() => void unlink()}
            onCancel={() => setConfirming(false)}
          />
        </>
      ) : (
        <LinkHubForm
          onLinked={(next) => {
            update(next);
            toast.show(t('sync:section.linked'), 'success');
          }}
        />
      )}
    </section>
  );
}
