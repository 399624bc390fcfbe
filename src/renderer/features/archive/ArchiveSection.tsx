import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxArchiveBytes, type ArchiveSummary } from '../../../shared/contract';
import { api } from '../../app/api';
import { formatBytes } from '../../i18n/format';
import { Button, useFileDrop, useToast } from '../../ui';
import { useArchiveErrorText, useArchiveExport } from './useArchive';

const summaryFields = ['created', 'merged', 'unchanged', 'assets'] as const;

/**
 * Settings → «Archivo portátil»: export everything, or import an archive picked with the file
 * dialog and show what it changed. The core checks the whole file before writing anything.
 */
export function ArchiveSection() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const archiveErrorText = useArchiveErrorText();
  const exporting = useArchiveExport();
  const [importing, setImporting] = useState(false);
  const [summary, setSummary] = useState<ArchiveSummary | null>(null);
  const inputId = useId();
  const hintId = useId();

  const importFile = async (file: File) => {
    setSummary(null);
    if (file.size > maxArchiveBytes) {
      toast.show(t('archive:refused', { problem: t('archive:problem.too_large') }), 'error');
      return;
    }
    setImporting(true);
    try {
      setSummary(await api.importArchive({ bytes: new Uint8Array(await file.arrayBuffer()) }));
    } catch (error) {
      toast.show(archiveErrorText(error), 'error');
    } finally {
      setImporting(false);
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void importFile(file);
  };
  // Dropping an archive anywhere on the section imports it, as the file dialog does.
  const { dragging, dropProps } = useFileDrop((file) => void importFile(file), () => toast.show(t('archive:oneFile'), 'error'));

  return (
    <section className={`card${dragging ? ' card--dropping' : ''}`} aria-labelledby="settings-archive" {...dropProps}>
      <div className="section__header">
        <h2 id="settings-archive">{t('archive:title')}</h2>
        <Button variant="secondary" onClick={() => void exporting.run()} disabled={exporting.busy}>
          {exporting.busy ? t('archive:exporting') : t('archive:exportAll')}
        </Button>
      </div>
      <p>{t('archive:body')}</p>
      <div>
        <label htmlFor={inputId} className="button button--secondary">
          {importing ? t('archive:importing') : t('archive:importPick')}
        </label>
        <input id={inputId} type="file" accept=".zip,application/zip" className="visually-hidden" aria-describedby={hintId} disabled={importing} onChange={choose} />
        <p id={hintId} className="field__hint">
          {dragging ? t('archive:importDrop') : t('archive:importHint', { size: formatBytes(maxArchiveBytes, i18n.language) })}
        </p>
      </div>
      {summary ? (
        <div className="banner banner--success" role="status">
          <h3>{t('archive:summaryTitle')}</h3>
          {summary.created + summary.merged + summary.assets === 0 ? <p>{t('archive:nothingChanged')}</p> : null}
          <dl className="details">
            {summaryFields.map((field) => (
              <div key={field}>
                <dt>{t(`archive:summary.${field}`)}</dt>
                <dd>{summary[field]}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </section>
  );
}
