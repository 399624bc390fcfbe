import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { useArchiveExport } from './useArchive';

/** The exercise page's «Exportar archivo portátil»: this exercise, its workshops, boards and images. */
export function ExportArchiveButton({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  const exporting = useArchiveExport(exerciseId);
  return (
    <Button variant="secondary" onClick={() => void exporting.run()} disabled={exporting.busy}>
      {exporting.busy ? t('archive:exporting') : t('archive:exportExercise')}
    </Button>
  );
}
