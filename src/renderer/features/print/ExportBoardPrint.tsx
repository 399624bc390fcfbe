import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/domain/errors';
import { newId } from '../../../shared/domain/ids';
import { boardPrintFormats, fits, maxSelection, orientations, papers, PrintOptions } from '../../../shared/print/options';
import { boardSelection } from '../../canvas/selectionStore';
import { api } from '../../app/api';
import { Button, CheckboxField, SelectField, useErrorText, useToast } from '../../ui';
import { downloadBytes } from '../../ui/download';
import { desktopPrint } from './desktopPrint';

type Format = (typeof boardPrintFormats)[number];
/** Desktop prints cancelled by the person: their PDFs are not saved when they arrive. */
const cancelledJobs = new Set<string>();
const scales = ['1', '2', '3'] as const;

/**
 * The board header's «Exportar PDF / PNG / SVG»: a disclosure with the three formats, each
 * opening a small dialog with the paper options (PDF) or the scale (PNG). The export runs in the
 * core's Chromium; while it runs the dialog shows progress and can cancel it, and only a finished
 * export is downloaded, so a cancelled one leaves no file.
 */
export function ExportBoardPrint({ boardId, title }: { boardId: string; title: string }) {
  const { t } = useTranslation('print');
  const [format, setFormat] = useState<Format>();
  const menu = useRef<HTMLDetailsElement>(null);
  return (
    <>
      <details ref={menu} className="board-print-menu">
        <summary className="button button--secondary button--md">{t('export.menu')}</summary>
        <div className="board-print-menu__items">
          {boardPrintFormats.map((item) => (
            <Button
              key={item}
              variant="ghost"
              onClick={() => {
                if (menu.current) menu.current.open = false;
                setFormat(item);
              }}
            >
              {t(`export.${item}`)}
            </Button>
          ))}
        </div>
      </details>
      {format ? <ExportDialog boardId={boardId} title={title} format={format} onClose={() => setFormat(undefined)} /> : null}
    </>
  );
}

function ExportDialog({ boardId, title, format, onClose }: { boardId: string; title: string; format: Format; onClose(): void }) {
  const { t } = useTranslation('print');
  const { t: tc } = useTranslation('common');
  const errorText = useErrorText();
  const toast = useToast();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [options, setOptions] = useState<PrintOptions>(() => PrintOptions.parse({}));
  const [scale, setScale] = useState<(typeof scales)[number]>('1');
  // What was selected on the board when the dialog opened; exporting only it is a choice.
  const [selection] = useState(() => boardSelection.getState().ids.slice(0, maxSelection));
  const [onlySelection, setOnlySelection] = useState(false);
  const [jobId, setJobId] = useState<string>();

  useEffect(() => {
    const element = dialog.current;
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => {
      if (element?.open) element.close();
      returnFocusTo?.focus();
    };
  }, []);

  const start = async () => {
    const job = newId();
    setJobId(job);
    try {
      const only = onlySelection && selection.length > 0 ? [...selection] : undefined;
      // The desktop app prints with Electron; browser mode with the core's Chromium.
      const desktop = desktopPrint();
      const printed = desktop
        ? await desktop({ kind: 'board', id: boardId, options, format, scale: Number(scale), ...(only ? { only } : {}) }, title)
        : await api.exportBoardPrint({ boardId, format, options, scale: Number(scale), jobId: job, ...(only ? { only } : {}) });
      if (cancelledJobs.has(job)) return;
      downloadBytes(printed.fileName, printed.bytes, printed.mime);
      toast.show(t('export.done', { fileName: printed.fileName }), 'success');
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'cancelled') {
        toast.show(t('export.cancelled'), 'info');
        onClose();
        return;
      }
      toast.show(errorText(error), 'error');
      setJobId(undefined);
    }
  };

  const cancel = () => {
    if (!jobId) return onClose();
    if (desktopPrint()) {
      // Electron's print cannot be stopped from here: its result is dropped, nothing is saved.
      cancelledJobs.add(jobId);
      toast.show(t('export.cancelled'), 'info');
      onClose();
    } else void api.cancelBoardPrint({ jobId });
  };

  const choice = <K extends keyof PrintOptions>(key: K, value: PrintOptions[K]) => setOptions((current) => ({ ...current, [key]: value }));
  const upper = format.toUpperCase();
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <form
        className="dialog__content"
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {t('export.heading', { format: upper })}
        </h2>
        <fieldset className="dialog__body board-print-options" disabled={jobId !== undefined}>
          {selection.length > 0 ? (
            <CheckboxField label={t('export.onlySelection', { count: selection.length })} checked={onlySelection} onChange={(event) => setOnlySelection(event.target.checked)} />
          ) : null}
          {format === 'pdf' ? (
            <>
              <SelectField label={t('export.paper')} value={options.paper} onChange={(event) => choice('paper', event.target.value as PrintOptions['paper'])} options={papers.map((paper) => ({ value: paper, label: paper }))} />
              <SelectField label={t('export.orientation')} value={options.orientation} onChange={(event) => choice('orientation', event.target.value as PrintOptions['orientation'])} options={orientations.map((value) => ({ value, label: t(`export.${value}`) }))} />
              <SelectField label={t('export.fit')} value={options.fit} onChange={(event) => choice('fit', event.target.value as PrintOptions['fit'])} options={fits.map((value) => ({ value, label: t(value === 'page' ? 'export.fitPage' : 'export.fitTile') }))} />
              <CheckboxField label={t('export.header')} checked={options.header} onChange={(event) => choice('header', event.target.checked)} />
              <CheckboxField label={t('export.footer')} checked={options.footer} onChange={(event) => choice('footer', event.target.checked)} />
            </>
          ) : null}
          {format === 'png' ? (
            <SelectField label={t('export.scale')} value={scale} onChange={(event) => setScale(event.target.value as (typeof scales)[number])} options={scales.map((value) => ({ value, label: `${value}×` }))} />
          ) : null}
        </fieldset>
        {jobId ? (
          <p className="board-print-progress" role="status">
            <progress aria-label={t('export.busy')} />
            {t('export.busy')}
          </p>
        ) : null}
        <div className="dialog__actions">
          <Button variant="secondary" size="lg" onClick={cancel}>
            {jobId ? t('export.cancel') : tc('actions.cancel')}
          </Button>
          <Button type="submit" variant="primary" size="lg" disabled={jobId !== undefined}>
            {t('export.start')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
