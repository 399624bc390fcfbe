import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportKind } from '../../../shared/contract/print';
import { newId } from '../../../shared/domain/ids';
import { api } from '../../app/api';
import { Button, useErrorText, useToast } from '../../ui';
import { downloadBytes } from '../../ui/download';
import { desktopPrint } from '../print/desktopPrint';

/**
 * «Descargar PDF»: the report printed by the core's Chromium driver (the same print view, so
 * the same pages as «Imprimir»), downloaded once whole; it can be cancelled while it runs.
 */
export function DownloadReportPdf({ kind, id, title }: { kind: ReportKind; id: string; title: string }) {
  const { t } = useTranslation('reports');
  const toast = useToast();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const job = useRef<string | undefined>(undefined);
  const download = async () => {
    const jobId = newId();
    job.current = jobId;
    setBusy(true);
    try {
      // The desktop app prints with Electron; browser mode with the core's Chromium.
      const desktop = desktopPrint();
      const printed = desktop ? await desktop({ kind, id }, title) : await api.exportReportPdf({ kind, id, jobId });
      if (job.current !== jobId) return;
      downloadBytes(printed.fileName, printed.bytes, printed.mime);
    } catch (error) {
      toast.show(errorText(error), 'error');
    } finally {
      if (job.current === jobId) {
        job.current = undefined;
        setBusy(false);
      }
    }
  };
  const cancel = () => {
    if (!job.current) return;
    // Electron's print cannot be stopped from here: its result is dropped, nothing is saved.
    if (!desktopPrint()) void api.cancelBoardPrint({ jobId: job.current });
    job.current = undefined;
    setBusy(false);
  };
  return busy ? (
    <>
      <span role="status">{t('downloadingPdf')}</span>
      <Button variant="secondary" onClick={cancel}>
        {t('cancelPdf')}
      </Button>
    </>
  ) : (
    <Button variant="secondary" onClick={() => void download()}>
      {t('downloadPdf')}
    </Button>
  );
}
