import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { maxImportBytes } from '../../../shared/interchange/refusal';
import { api } from '../../app/api';
import { Button, useErrorText, useFileDrop, useToast } from '../../ui';
import { createdText, refusalOf, refusalText, skippedText } from './importText';

/**
 * Imports one .canvas or .excalidraw file as a new board of the workshop, then opens it. What
 * was made and what was left out go in a toast (it outlives the page change); a refused file
 * says why and where, and nothing was written.
 */
export function useBoardImport(workshopId: string) {
  const { t } = useTranslation('interchange');
  const errorText = useErrorText();
  const toast = useToast();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const importFile = useCallback(async (file: File) => {
    // Checked here too, so a huge file is not read into memory only to be refused.
    if (file.size > maxImportBytes) {
      toast.show(refusalText(t, file.name, { reason: 'tooLarge', where: '' }), 'error');
      return;
    }
    setBusy(true);
    try {
      const result = await api.importBoardFile({ fileName: file.name, content: await file.text(), workshopId });
      const board = result.boards[0]!;
      const skipped = skippedText(result.summary.skipped);
      toast.show([t('import.done', { title: board.title, created: createdText(t, result.summary.created) }), skipped ? t('import.skipped', { skipped }) : ''].filter(Boolean).join(' '), 'success');
      navigate(`/boards/${board.id}`);
    } catch (error) {
      const refusal = refusalOf(error);
      toast.show(refusal ? refusalText(t, file.name, refusal) : errorText(error), 'error');
    } finally {
      setBusy(false);
    }
  }, [errorText, navigate, t, toast, workshopId]);
  // Dropping a file anywhere on the workshop's boards section imports it.
  const { dragging, dropProps } = useFileDrop((file) => void importFile(file), () => toast.show(t('import.oneFile'), 'error'));
  return { importFile, busy, dragging, dropProps };
}

export type BoardImport = ReturnType<typeof useBoardImport>;

const accepted = '.canvas,.excalidraw,application/json';

/** «Importar tablero»: opens the file dialog; while a file is dragged over the section, says where to drop it. */
export function ImportBoardButton({ importer }: { importer: BoardImport }) {
  const { t } = useTranslation('interchange');
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={`board-import${importer.dragging ? ' board-import--dragging' : ''}`}>
      <Button onClick={() => input.current?.click()} disabled={importer.busy} aria-describedby="board-import-hint">
        {importer.busy ? t('import.busy') : t('import.action')}
      </Button>
      <p id="board-import-hint" className="board-import__hint">
        {importer.dragging ? t('import.drop') : t('import.hint')}
      </p>
      <input
        ref={input}
        type="file"
        accept={accepted}
        hidden
        aria-label={t('import.fileLabel')}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void importer.importFile(file);
        }}
      />
    </div>
  );
}

