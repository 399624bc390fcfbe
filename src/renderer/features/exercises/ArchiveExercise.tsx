import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exercise } from '../../../shared/domain/exercise';
import { api } from '../../app/api';
import { Button, ConfirmDialog, useErrorText, useToast } from '../../ui';

/** Archive or unarchive, after a confirmation that says nothing is deleted. */
export function ArchiveExercise({ exercise, onChanged }: { exercise: Exercise; onChanged: (exercise: Exercise) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const archiving = !exercise.archived;

  const confirm = async () => {
    setBusy(true);
    try {
      const updated = await api.archiveExercise({ id: exercise.id, archived: archiving });
      toast.show(t(archiving ? 'exercises:detail.archived' : 'exercises:detail.unarchived'), 'success');
      onChanged(updated);
    } catch (error) {
      toast.show(errorText(error), 'error');
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  return (
    <>
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {t(archiving ? 'exercises:detail.archive' : 'exercises:detail.unarchive')}
      </Button>
      <ConfirmDialog
        open={asking}
        busy={busy}
        title={t(archiving ? 'exercises:detail.archiveTitle' : 'exercises:detail.unarchiveTitle')}
        body={<p>{t(archiving ? 'exercises:detail.archiveBody' : 'exercises:detail.unarchiveBody', { title: exercise.title })}</p>}
        confirmLabel={t(archiving ? 'exercises:detail.archive' : 'exercises:detail.unarchive')}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
