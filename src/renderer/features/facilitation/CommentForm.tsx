import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addComment, CommentFields } from '../../../shared/board/facilitation';
import { limits } from '../../../shared/domain/limits';
import { Button, TextAreaField, useFieldError } from '../../ui';
import { wallClock } from './clock';

/** Writes a comment on one element, signed with this laptop's display name. */
export function CommentForm({ doc, origin, elementId, author, onAdded }: { doc: Y.Doc; origin: unknown; elementId: string; author: string; onAdded: () => void }) {
  const { t } = useTranslation('facilitation');
  const fieldError = useFieldError();
  const { register, handleSubmit, reset, formState } = useForm<CommentFields>({
    resolver: zodResolver(CommentFields),
    defaultValues: { text: '', author },
  });
  const submit = handleSubmit(({ text }) => {
    addComment(doc, elementId, { text, author }, wallClock(), origin);
    reset({ text: '', author });
    onAdded();
  });
  return (
    <form className="form facilitation-form" noValidate onSubmit={(event) => void submit(event)}>
      <TextAreaField
        label={t('comments.text')}
        rows={3}
        maxLength={limits.longText}
        error={fieldError(formState.errors.text)}
        onKeyDown={(event) => {
          // Ctrl+Enter sends, as in most chat and comment boxes.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
        }}
        {...register('text')}
      />
      <Button type="submit" variant="primary">
        {t('comments.add')}
      </Button>
    </form>
  );
}
