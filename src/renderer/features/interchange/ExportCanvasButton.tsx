import { useTranslation } from 'react-i18next';
import type { BoardKind } from '../../../shared/domain/board';
import { isMethodTool, templateById } from '../../../shared/templates';
import { api } from '../../app/api';
import { Button, useErrorText, useToast } from '../../ui';
import { downloadTextFile } from '../../ui/download';

/**
 * «Exportar como JSON Canvas»: the board as a .canvas file, downloaded (browser mode and desktop
 * alike). JSON Canvas has no place for a method tool's tables, so such a board says where they go.
 */
export function ExportCanvasButton({ boardId, kind }: { boardId: string; kind: BoardKind }) {
  const { t } = useTranslation('interchange');
  const errorText = useErrorText();
  const toast = useToast();
  return (
    <Button
      onClick={async () => {
        try {
          const { fileName, content } = await api.exportBoardCanvas({ boardId });
          downloadTextFile(fileName, content, 'application/json');
          toast.show(t(isMethodTool(templateById(kind)?.tool ?? 'none') ? 'export.doneMethod' : 'export.done', { fileName }), 'success');
        } catch (error) {
          toast.show(errorText(error), 'error');
        }
      }}
    >
      {t('export.action')}
    </Button>
  );
}
