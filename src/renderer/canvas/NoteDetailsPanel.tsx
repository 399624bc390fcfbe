import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatTags } from '../../shared/board/tags';
import { Button, TextField, useFieldError } from '../ui';
import { NoteDetailsForm, type NoteDetails, type NoteDetailsInput } from './noteDetails';

/**
 * A note's author and tags, edited in a small panel under the selection toolbar. Not modal: the
 * board stays visible and usable; Escape or Cancel close it without saving, and saving is one
 * undoable step.
 */
export function NoteDetailsPanel({
  author,
  tags,
  onSave,
  onClose,
}: {
  author: string;
  tags: readonly string[];
  onSave(details: NoteDetails): void;
  onClose(): void;
}) {
  const { t } = useTranslation('boards');
  const fieldError = useFieldError();
  const headingId = useId();
  const { register, handleSubmit, formState, setFocus } = useForm<NoteDetailsInput, unknown, NoteDetails>({
    resolver: zodResolver(NoteDetailsForm),
    defaultValues: { author, tags: formatTags(tags) },
  });
  useEffect(() => setFocus('author'), [setFocus]);
  // A tag too long is reported on its own item (tags.3), too many on the list: show either.
  const tagsError = formState.errors.tags as { message?: string } | ({ message?: string } | undefined)[] | undefined;
  const tagsMessage = Array.isArray(tagsError) ? tagsError.find(Boolean) : tagsError;
  const submit = handleSubmit((details) => {
    onSave(details);
    onClose();
  });
  return (
    <form
      className="form canvas-note-details"
      role="dialog"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <h2 id={headingId} className="canvas-note-details__title">
        {t('details.heading')}
      </h2>
      <TextField label={t('details.author')} hint={t('details.authorHint')} autoComplete="off" error={fieldError(formState.errors.author)} {...register('author')} />
      <TextField label={t('details.tags')} hint={t('details.tagsHint')} autoComplete="off" error={fieldError(tagsMessage)} {...register('tags')} />
      <div className="canvas-note-details__actions">
        <Button type="submit" variant="primary">
          {t('details.save')}
        </Button>
        <Button onClick={onClose}>{t('details.cancel')}</Button>
      </div>
    </form>
  );
}
