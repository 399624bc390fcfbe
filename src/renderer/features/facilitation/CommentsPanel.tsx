import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { deleteComment, readComments, reopenComment, resolveComment, type BoardComment } from '../../../shared/board/facilitation';
import { formatDateTime } from '../../i18n/format';
import { Button, CheckboxField } from '../../ui';
import { useAnnouncer } from '../boards/useAnnouncer';
import { CommentForm } from './CommentForm';
import { DisplayNameField } from './DisplayNameField';
import { useDisplayName } from './displayName';
import { useNoteLabel } from './noteLabels';
import { useDocValue } from './useDocValue';

export interface CommentsPanelProps {
  doc: Y.Doc;
  origin: unknown;
  /** The element whose comments to show and add to; null lists every element's comments. */
  elementId: string | null;
}

/** Comments on the selected element (or all of them): read, add, resolve, reopen, delete. */
export function CommentsPanel({ doc, origin, elementId }: CommentsPanelProps) {
  const { t, i18n } = useTranslation('facilitation');
  const listId = useId();
  const [showResolved, setShowResolved] = useState(false);
  const comments = useDocValue(doc, (current) => readComments(current, elementId));
  const noteLabel = useNoteLabel(doc);
  const { name } = useDisplayName(t('name.default'));
  const { message, announce } = useAnnouncer();
  const visible = showResolved ? comments : comments.filter((comment) => !comment.resolved);
  const elementName = (id: string) => noteLabel(id, t('comments.anElement'));

  return (
    <div className="comments">
      <h3 id={listId} className="facilitation-panel__subheading">
        {elementId ? t('comments.headingElement', { element: elementName(elementId) }) : t('comments.headingAll')}
      </h3>
      <CheckboxField label={t('comments.showResolved')} checked={showResolved} onChange={(event) => setShowResolved(event.target.checked)} />
      {visible.length === 0 ? (
        <p className="facilitation-panel__hint">{elementId ? t('comments.emptyElement') : t('comments.empty')}</p>
      ) : (
        <ul aria-labelledby={listId} className="comments__list">
          {visible.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              where={elementId ? null : t('comments.on', { element: elementName(comment.elementId) })}
              time={formatDateTime(new Date(comment.createdAt).toISOString(), i18n.language)}
              onToggle={() => (comment.resolved ? reopenComment(doc, comment.id, origin) : resolveComment(doc, comment.id, origin))}
              onDelete={() => {
                deleteComment(doc, comment.id, origin);
                announce(t('comments.deleted'));
              }}
            />
          ))}
        </ul>
      )}
      {elementId ? <CommentForm doc={doc} origin={origin} elementId={elementId} author={name} onAdded={() => announce(t('comments.added'))} /> : <p className="facilitation-panel__hint">{t('comments.selectHint')}</p>}
      <DisplayNameField onSaved={() => announce(t('name.saved'))} />
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

function CommentItem({ comment, where, time, onToggle, onDelete }: { comment: BoardComment; where: string | null; time: string; onToggle: () => void; onDelete: () => void }) {
  const { t } = useTranslation('facilitation');
  return (
    <li className={comment.resolved ? 'comment comment--resolved' : 'comment'}>
      {where ? <p className="comment__where">{where}</p> : null}
      <p className="comment__text">{comment.text}</p>
      <p className="comment__meta">
        {t('comments.meta', { author: comment.author || t('name.default'), time })}
        {comment.resolved ? <span className="facilitation-badge">{t('comments.resolved')}</span> : null}
      </p>
      <div className="facilitation-form__row">
        <Button onClick={onToggle}>{comment.resolved ? t('comments.reopen') : t('comments.resolve')}</Button>
        <Button variant="ghost" onClick={onDelete}>
          {t('comments.delete')}
        </Button>
      </div>
    </li>
  );
}
