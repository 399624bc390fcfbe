import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteElement } from '../../../shared/board/elements';
import { limits } from '../../../shared/domain/limits';
import { notePalette, noteTextColour } from '../../features/boards/notePalette';
import { useBadges, useCanvasActions, useEditing, useMatch } from '../canvasUi';
import type { ElementNode } from '../deriveFlow';
import type { CanvasElement } from '../elementStore';
import { EditableText } from './EditableText';
import { NodeChrome } from './NodeChrome';

/** A sticky note: formatted text, projector colour, author, tags; private notes of others are blurred. */
export const NoteNode = memo(function NoteNode({ id, data, selected }: NodeProps<ElementNode>) {
  const note = data.element as CanvasElement & NoteElement;
  const { clientId } = useCanvasActions();
  const editing = useEditing(id);
  const match = useMatch(id);
  const badges = useBadges(id);
  const palette = notePalette[note.color];
  const concealed = note.hidden && note.createdBy !== clientId;
  return (
    <>
      <NodeChrome selected={selected} locked={note.locked} />
      <div
        className={`canvas-note${concealed ? ' canvas-note--concealed' : ''}${match ? ` canvas-match canvas-match--${match}` : ''}`}
        style={{ background: palette.fill, borderColor: palette.edge, color: noteTextColour }}
      >
        <EditableText
          id={id}
          field="text"
          text={note.text}
          rich={note.rich}
          editing={editing}
          label="note.textLabel"
          maxLength={limits.noteText}
          className="canvas-note__text"
        />
        {note.author || note.tags.length > 0 ? (
          <p className="canvas-note__meta">
            {note.author ? <span>{note.author}</span> : null}
            {note.tags.map((tag) => (
              <span key={tag} className="canvas-tag">
                #{tag}
              </span>
            ))}
          </p>
        ) : null}
        {badges.votes > 0 || badges.comments > 0 ? <NoteBadges votes={badges.votes} comments={badges.comments} /> : null}
      </div>
    </>
  );
});

/** Dots from the last vote and open comments (translated only on the notes that have any). */
function NoteBadges({ votes, comments }: { votes: number; comments: number }) {
  const { t } = useTranslation('boards');
  return (
    <p className="canvas-note__badges">
      {votes > 0 ? <span className="canvas-badge canvas-badge--votes">{t('element.votes', { count: votes })}</span> : null}
      {comments > 0 ? <span className="canvas-badge canvas-badge--comments">{t('element.comments', { count: comments })}</span> : null}
    </p>
  );
}
