import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { Button, useErrorText, useToast } from '../../ui';
import { downloadTextFile } from '../../ui/download';

/** «Exportar como JSON Canvas»: the board as a .canvas file, downloaded (browser mode and desktop alike). */
export function ExportCanvasButton({ boardId }: { boardId: string }) {
  const { t } = useTranslation('interchange');
  const errorText = useErrorText();
  const toast = useToast();
  return (
    <Button
      onClick={async () => {
        try {
          const { fileName, content } = await api.exportBoardCanvas({ boardId });
          downloadTextFile(fileName, content, 'application/json');
          toast.show(t('export.done', { fileName }), 'success');
        } catch (error) {
          toast.show(errorText(error), 'error');
        }
      }}
    >
      {t('export.action')}
    </Button>
  );
}
