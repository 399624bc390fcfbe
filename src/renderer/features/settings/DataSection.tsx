import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { formatDateTime } from '../../i18n/format';
import { ErrorMessage, Spinner, useApiQuery } from '../../ui';

/** Where the data lives and which versions are running: what support asks for first. */
export function DataSection() {
  const { t, i18n } = useTranslation();
  const status = useApiQuery(() => api.getStatus({}), []);
  const data = status.data;
  return (
    <section className="card">
      <h2 id="settings-data">{t('settings:data.title')}</h2>
      <p>{t('settings:data.body')}</p>
      {data ? (
        <dl className="details">
          <div className="details__wide">
            <dt>{t('settings:data.folder')}</dt>
            <dd>
              <code className="path">{data.dataDir}</code>
            </dd>
          </div>
          <div>
            <dt>{t('settings:data.version')}</dt>
            <dd>{data.appVersion}</dd>
          </div>
          <div>
            <dt>{t('settings:data.schema')}</dt>
            <dd>{data.schemaVersion}</dd>
          </div>
          <div>
            <dt>{t('settings:data.lastBackup')}</dt>
            <dd>{data.lastBackupAt ? formatDateTime(data.lastBackupAt, i18n.language) : t('settings:data.never')}</dd>
          </div>
        </dl>
      ) : status.error ? (
        <ErrorMessage error={status.error} onRetry={status.reload} />
      ) : (
        <Spinner />
      )}
    </section>
  );
}
