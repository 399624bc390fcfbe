import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { kumuLimits, type KumuFormat, type KumuProblem } from '../../../shared/interchange/kumu';
import type { KumuImportSummary } from '../../../shared/interchange/kumuImport';
import { api } from '../../app/api';
import { downloadBytes } from '../../ui/download';
import { Button, ConfirmDialog, ErrorMessage, useErrorText, useToast } from '../../ui';
import { changesNothing, problemText, summaryLines } from './kumuText';
import type { ActorRegisterState } from './useActorRegister';

type Files = { fileName: string; bytes: Uint8Array }[];


/**
 * Export of the actor register to Kumu-compatible XLSX or CSV, and import of the same: the
 * files are read in the core, the preview lists what will change, and the import lands as one
 * step that the toast can undo.
 */
export function ActorExchange({ exerciseId, state }: { exerciseId: string; state: ActorRegisterState }) {
  const { t } = useTranslation('actorExchange');
  const toast = useToast();
  const errorText = useErrorText();
  const inputId = useId();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState('');
  const [pending, setPending] = useState<{ files: Files; summary: KumuImportSummary }>();

  const fail = (error: unknown) => toast.show(errorText(error), 'error');

  const exportAs = async (format: KumuFormat) => {
    try {
      const { files } = await api.exportActorRegister({ exerciseId, format });
      for (const file of files) downloadBytes(file.fileName, file.bytes, file.mime);
      toast.show(t('exported', { count: files.length }), 'success');
    } catch (error) {
      fail(error);
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.target.files ?? [])];
    event.target.value = '';
    if (picked.length === 0) return;
    setRefusal('');
    // Checked here too: a file past the limit would not fit in one message to the core.
    const tooLarge = picked.find((file) => file.size > kumuLimits.fileBytes);
    const early: KumuProblem | undefined =
      picked.length > kumuLimits.files
        ? { code: 'too_many_files', limit: kumuLimits.files }
        : tooLarge
          ? { code: 'too_large', file: tooLarge.name, limit: kumuLimits.fileBytes }
          : undefined;
    if (early) {
      setRefusal(problemText(early, t));
      return;
    }
    try {
      const files = await Promise.all(picked.map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
      const preview = await api.previewActorImport({ exerciseId, files });
      if (preview.status === 'refused') setRefusal(problemText(preview.problem, t));
      else setPending({ files, summary: preview.summary });
    } catch (error) {
      fail(error);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const result = await api.importActors({ exerciseId, files: pending.files });
      if (result.status === 'refused') {
        setRefusal(problemText(result.problem, t));
        return;
      }
      await state.adopt(Promise.resolve(result.register));
      const { summary, undo } = result;
      toast.show(
        t('imported', { newActors: summary.newActors.length, updatedActors: summary.updatedActors.length, newConnections: summary.newConnections }),
        'success',
        { label: t('undo'), run: () => void state.adopt(api.undoActorImport({ exerciseId, undo })).then(() => toast.show(t('undone'), 'success'), fail) },
      );
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
      setPending(undefined);
    }
  };

  return (
    <div className="studio-exchange" role="group" aria-label={t('toolbar')}>
      <Button onClick={() => void exportAs('xlsx')}>{t('exportXlsx')}</Button>
      <Button onClick={() => void exportAs('csv')}>{t('exportCsv')}</Button>
      <label htmlFor={inputId} className="button button--secondary button--md">
        {t('import')}
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="visually-hidden"
        aria-describedby={hintId}
        onChange={(event) => void choose(event)}
      />
      <p id={hintId} className="field__hint">{t('importHint')}</p>
      {refusal ? <ErrorMessage>{refusal}</ErrorMessage> : null}
      <ConfirmDialog
        open={pending !== undefined}
        busy={busy}
        title={t('previewTitle', { file: pending?.files.map((file) => file.fileName).join(', ') ?? '' })}
        body={
          pending && changesNothing(pending.summary) ? (
            <p>{t('nothing')}</p>
          ) : (
            <ul>{pending ? summaryLines(pending.summary, t).map((line, index) => <li key={index}>{line}</li>) : null}</ul>
          )
        }
        confirmLabel={t('confirm')}
        onCancel={() => setPending(undefined)}
        onConfirm={() => void confirm()}
      />
    </div>
  );
}
