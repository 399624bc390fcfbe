import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { z } from 'zod';
import { BoardFields, type BoardSummary } from '../../../shared/domain/board';
import { api } from '../../app/api';
import { applyServerIssues, Button, PageHeader, TextField, useApiQuery, useErrorText, useFieldError, useToast } from '../../ui';
import { ExportCanvasButton } from '../interchange/ExportCanvasButton';
import { ExportBoardPrint } from '../print/ExportBoardPrint';
import { useBoardTrash } from '../trash/useBoardTrash';

const RenameFields = z.object({ title: BoardFields.shape.title });
type RenameInput = z.input<typeof RenameFields>;
const renameButtonId = 'board-rename-button';

/** Title with the note count, the way back to the workshop, renaming, and moving to the trash. */
export function BoardHeader({
  summary,
  title,
  noteCount,
  onRenamed,
}: {
  summary: BoardSummary;
  title: string;
  noteCount: number | undefined;
  onRenamed(summary: BoardSummary): void;
}) {
  const { t } = useTranslation('boards');
  const { t: tc } = useTranslation('common');
  const { t: tt } = useTranslation('trash');
  const [renaming, setRenaming] = useState(false);
  const [, navigate] = useLocation();
  const { moveToTrash } = useBoardTrash();
  const workshop = useApiQuery(() => api.getWorkshop({ id: summary.workshopId }), [summary.workshopId]);
  const exercise = useApiQuery(() => api.getExercise({ id: summary.exerciseId }), [summary.exerciseId]);

  const breadcrumbs = [{ label: tc('nav.exercises'), href: '/' }];
  if (exercise.data) breadcrumbs.push({ label: exercise.data.title, href: `/exercises/${exercise.data.id}` });
  if (workshop.data) breadcrumbs.push({ label: workshop.data.title, href: `/workshops/${workshop.data.id}` });

  return (
    <>
      <PageHeader
        title={title}
        subtitle={noteCount === undefined ? undefined : t('page.notes', { count: noteCount })}
        breadcrumbs={breadcrumbs}
        actions={
          renaming ? undefined : (
            <>
              <Button id={renameButtonId} onClick={() => setRenaming(true)}>
                {t('rename.action')}
              </Button>
              <ExportCanvasButton boardId={summary.id} kind={summary.kind} />
              <ExportBoardPrint boardId={summary.id} title={summary.title} />
              <Button
                variant="ghost"
                className="board-header__delete"
                aria-label={tt('deleteLabel', { title })}
                onClick={async () => {
                  // The toast that undoes it outlives this page: it shows on the workshop.
                  if (await moveToTrash(summary.id)) navigate(`/workshops/${summary.workshopId}`);
                }}
              >
                {tt('delete')}
              </Button>
            </>
          )
        }
      />
      {renaming ? (
        <RenameForm
          id={summary.id}
          title={title}
          onDone={(renamed) => {
            setRenaming(false);
            if (renamed) onRenamed(renamed);
            requestAnimationFrame(() => document.getElementById(renameButtonId)?.focus());
          }}
        />
      ) : null}
    </>
  );
}

function RenameForm({ id, title, onDone }: { id: string; title: string; onDone(renamed?: BoardSummary): void }) {
  const { t } = useTranslation('boards');
  const { t: tc } = useTranslation('common');
  const fieldError = useFieldError();
  const errorText = useErrorText();
  const toast = useToast();
  const { register, handleSubmit, setError, formState } = useForm<RenameInput, unknown, z.output<typeof RenameFields>>({
    resolver: zodResolver(RenameFields),
    defaultValues: { title },
  });

  const submit = handleSubmit(async ({ title: next }) => {
    try {
      const renamed = await api.renameBoard({ id, title: next });
      toast.show(t('rename.done'), 'success');
      onDone(renamed);
    } catch (error) {
      if (!applyServerIssues(error, setError)) toast.show(errorText(error), 'error');
    }
  });

  return (
    <form noValidate onSubmit={submit} className="board-rename" aria-label={t('rename.heading')}>
      <TextField label={t('rename.field')} error={fieldError(formState.errors.title)} autoFocus autoComplete="off" {...register('title')} />
      <div className="board-rename__actions">
        <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
          {tc('actions.save')}
        </Button>
        <Button onClick={() => onDone()}>{tc('actions.cancel')}</Button>
      </div>
    </form>
  );
}
