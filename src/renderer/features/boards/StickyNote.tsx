import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/domain/board';
import { limits } from '../../../shared/domain/limits';
import { arrowOffset, isDeleteKey } from './boardKeys';
import { notePalette, noteTextColour } from './notePalette';

/** What a note can ask of the board; a stable object, so unchanged notes skip rendering. */
export interface NoteActions {
  select(id: string): void;
  startEdit(id: string): void;
  stopEdit(id: string, refocus: boolean): void;
  setText(id: string, text: string): void;
  move(id: string, to: { x: number; y: number }): void;
  nudge(id: string, by: { dx: number; dy: number }): void;
  remove(id: string): void;
}

export const noteElementId = (id: string) => `note-${id}`;

/** A pointer travels this far before a press becomes a drag rather than a click. */
const dragThresholdPx = 4;

interface DragStart {
  pointerId: number;
  clientX: number;
  clientY: number;
  moved: boolean;
}

export const StickyNote = memo(function StickyNote({
  note,
  selected,
  editing,
  actions,
  describedBy,
}: {
  note: Note;
  selected: boolean;
  editing: boolean;
  actions: NoteActions;
  describedBy: string;
}) {
  const { t } = useTranslation('boards');
  const press = useRef<DragStart | null>(null);
  const [offset, setOffset] = useState<{ dx: number; dy: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (editing || event.button !== 0) return;
    press.current = { pointerId: event.pointerId, clientX: event.clientX, clientY: event.clientY, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
    actions.select(note.id);
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = press.current;
    if (!start || start.pointerId !== event.pointerId) return;
    const dx = event.clientX - start.clientX;
    const dy = event.clientY - start.clientY;
    if (!start.moved && Math.hypot(dx, dy) < dragThresholdPx) return;
    start.moved = true;
    setOffset({ dx, dy });
  };

  // The move is written once, when the drag ends, so the whole drag is one undo step and one update.
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const start = press.current;
    press.current = null;
    if (!start || start.pointerId !== event.pointerId) return;
    if (start.moved) {
      actions.move(note.id, { x: note.x + event.clientX - start.clientX, y: note.y + event.clientY - start.clientY });
      setOffset(null);
    } else {
      actions.startEdit(note.id);
    }
  };

  const onPointerCancel = () => {
    press.current = null;
    setOffset(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      actions.startEdit(note.id);
      return;
    }
    const step = arrowOffset(event);
    if (step) {
      event.preventDefault();
      actions.nudge(note.id, step);
      return;
    }
    if (isDeleteKey(event)) {
      event.preventDefault();
      actions.remove(note.id);
    }
  };

  const colourName = t(`note.colour.${note.color}`);
  const label = note.text.trim() ? t('note.label', { colour: colourName, text: note.text }) : t('note.labelEmpty', { colour: colourName });
  const palette = notePalette[note.color];
  const classes = ['sticky-note', selected ? 'sticky-note--selected' : '', editing ? 'sticky-note--editing' : '', offset ? 'sticky-note--dragging' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div
      id={noteElementId(note.id)}
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
      tabIndex={0}
      className={classes}
      style={{
        left: note.x + (offset?.dx ?? 0),
        top: note.y + (offset?.dy ?? 0),
        width: note.width,
        height: note.height,
        background: palette.fill,
        borderColor: palette.edge,
        color: noteTextColour,
      }}
      onFocus={(event) => {
        if (event.target === event.currentTarget) actions.select(note.id);
      }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onKeyDown={onKeyDown}
    >
      {editing ? (
        <textarea
          className="sticky-note__editor"
          aria-label={t('note.textLabel')}
          value={note.text}
          maxLength={limits.noteText}
          autoFocus
          onFocus={(event) => {
            // Start typing at the end of the text, not with everything selected.
            const end = event.currentTarget.value.length;
            event.currentTarget.setSelectionRange(end, end);
          }}
          onChange={(event) => actions.setText(note.id, event.target.value)}
          onBlur={() => actions.stopEdit(note.id, false)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              actions.stopEdit(note.id, true);
            }
          }}
        />
      ) : (
        <p className="sticky-note__text">{note.text}</p>
      )}
    </div>
  );
});
