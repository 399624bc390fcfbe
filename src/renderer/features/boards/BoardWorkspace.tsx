import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { noteDefaults, type NoteColor } from '../../../shared/domain/board';
import { historyShortcut } from './boardKeys';
import { BoardToolbar } from './BoardToolbar';
import { createNote, deleteNote, moveNote, recolorNote, setNoteText } from './noteOps';
import { canvasExtent, centreOn, placeInView } from './placement';
import { SaveStatus } from './SaveStatus';
import { noteElementId, StickyNote, type NoteActions } from './StickyNote';
import { useAnnouncer } from './useAnnouncer';
import type { OpenBoard } from './useBoardSession';
import { useUndoState } from './useUndoState';
import type { SaveState } from './updateQueue';

const focusNote = (id: string) => requestAnimationFrame(() => document.getElementById(noteElementId(id))?.focus());

/** The board itself: toolbar, the scrollable area with its notes, the save status and announcements. */
export function BoardWorkspace({ board, title, saveState }: { board: OpenBoard; title: string; saveState: SaveState }) {
  const { t } = useTranslation('boards');
  const { doc, undo } = board;
  const notes = useSyncExternalStore(board.notes.subscribe, board.notes.getSnapshot);
  const [selectedId, setSelectedId] = useState<string>();
  const [editingId, setEditingId] = useState<string>();
  const { message, announce } = useAnnouncer();
  const { canUndo, canRedo } = useUndoState(undo);
  const viewportRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const instructionsId = useId();
  const selected = selectedId ? notes.get(selectedId) : undefined;

  const add = useCallback(
    (at: { x: number; y: number }) => {
      const id = createNote(doc, at);
      undo.stopCapturing();
      setSelectedId(id);
      setEditingId(id);
      announce(t('announce.added'));
    },
    [announce, doc, t, undo],
  );

  const remove = useCallback(
    (id: string) => {
      // Read the order at the time of deletion, so this callback (and every note) stays stable.
      const order = [...board.notes.getSnapshot().keys()];
      const index = order.indexOf(id);
      if (!deleteNote(doc, id)) return;
      undo.stopCapturing();
      setEditingId(undefined);
      const next = order[index + 1] ?? order[index - 1];
      setSelectedId(next);
      if (next) focusNote(next);
      else viewportRef.current?.focus();
      announce(t('announce.deleted'));
    },
    [announce, board.notes, doc, t, undo],
  );

  const history = useCallback(
    (command: 'undo' | 'redo') => {
      const done = command === 'undo' ? undo.undo() : undo.redo();
      if (command === 'undo') announce(t(done ? 'announce.undone' : 'announce.nothingToUndo'));
      else announce(t(done ? 'announce.redone' : 'announce.nothingToRedo'));
    },
    [announce, t, undo],
  );

  const actions = useMemo<NoteActions>(
    () => ({
      select: setSelectedId,
      startEdit: (id) => {
        undo.stopCapturing();
        setEditingId(id);
        announce(t('announce.editing'));
      },
      stopEdit: (id, refocus) => {
        undo.stopCapturing();
        setEditingId((current) => (current === id ? undefined : current));
        if (refocus) {
          focusNote(id);
          announce(t('announce.doneEditing'));
        }
      },
      setText: (id, text) => setNoteText(doc, id, text),
      move: (id, to) => {
        if (moveNote(doc, id, to)) announce(t('announce.moved'));
        undo.stopCapturing();
      },
      nudge: (id, by) => {
        const note = board.notes.getSnapshot().get(id);
        if (note && moveNote(doc, id, { x: note.x + by.dx, y: note.y + by.dy })) announce(t('announce.moved'));
      },
      remove,
    }),
    [announce, board.notes, doc, remove, t, undo],
  );

  // Undo and redo work anywhere on the page except inside other forms' own text fields.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = historyShortcut(event);
      if (!command) return;
      const target = event.target as HTMLElement | null;
      const inOtherField = target?.closest('input, textarea, select, [contenteditable="true"]') && !target.closest('.board-viewport');
      if (inOtherField) return;
      event.preventDefault();
      history(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [history]);

  const addFromToolbar = () => {
    const view = viewportRef.current;
    const viewport = view
      ? { scrollLeft: view.scrollLeft, scrollTop: view.scrollTop, width: view.clientWidth, height: view.clientHeight }
      : { scrollLeft: 0, scrollTop: 0, width: 800, height: 600 };
    add(placeInView(viewport, [...notes.values()], noteDefaults));
  };

  const addByDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    const canvas = canvasRef.current;
    if (!canvas || event.target !== canvas) return;
    const rect = canvas.getBoundingClientRect();
    add(centreOn({ x: event.clientX - rect.left, y: event.clientY - rect.top }, noteDefaults));
  };

  const recolour = (colour: NoteColor) => {
    if (!selectedId || !recolorNote(doc, selectedId, colour)) return;
    undo.stopCapturing();
    announce(t('announce.recoloured', { colour: t(`note.colour.${colour}`) }));
  };

  const extent = canvasExtent(notes.values());
  return (
    <div className="board-workspace">
      <BoardToolbar
        canUndo={canUndo}
        canRedo={canRedo}
        selectedColour={selected?.color}
        onAdd={addFromToolbar}
        onUndo={() => history('undo')}
        onRedo={() => history('redo')}
        onRecolour={recolour}
        onDelete={() => selectedId && remove(selectedId)}
      />
      <p id={instructionsId} className="board-instructions">
        {t('page.instructions')}
      </p>
      <div ref={viewportRef} className="board-viewport" role="region" aria-label={t('page.area', { title })} tabIndex={0}>
        <div ref={canvasRef} className="board-canvas" style={{ width: extent.width, height: extent.height }} onDoubleClick={addByDoubleClick}>
          {notes.size === 0 ? <p className="board-canvas__empty">{t('page.emptyHint')}</p> : null}
          {[...notes.values()].map((note) => (
            <StickyNote
              key={note.id}
              note={note}
              selected={note.id === selectedId}
              editing={note.id === editingId}
              actions={actions}
              describedBy={instructionsId}
            />
          ))}
        </div>
      </div>
      <SaveStatus state={saveState} />
      <div aria-live="polite" className="board-visually-hidden">
        {message}
      </div>
    </div>
  );
}
