import { useStore } from '@xyflow/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alignment, Distribution, LayerMove } from '../../shared/board/arrange';
import { shapeKinds } from '../../shared/board/elements';
import { noteColors, type NoteColor } from '../../shared/domain/board';
import { notePalette } from '../features/boards/notePalette';
import { Button, IconButton } from '../ui';
import type { FormatKey } from './formatting';
import { NoteDetailsPanel } from './NoteDetailsPanel';
import type { NoteDetails } from './noteDetails';
import { AlignIcon, DuplicateIcon, ImageIcon, LockIcon, SearchIcon } from './icons';

const layerIcons: Record<LayerMove, string> = { front: '⇈', forward: '↑', backward: '↓', back: '⇊' };
const shapeIcons = { rectangle: '▭', ellipse: '◯', diamond: '◇' } as const;

export interface ToolbarState {
  canUndo: boolean;
  canRedo: boolean;
  selectionCount: number;
  /** Colour of the selected notes and shapes when they share one. */
  colour: NoteColor | undefined;
  colourable: boolean;
  locked: boolean;
  snap: boolean;
  /** The note, when exactly one is selected: its author and tags can be edited. */
  note?: { id: string; author: string; tags: readonly string[] };
}

export interface ToolbarActions {
  addNote(): void;
  addText(): void;
  addShape(kind: (typeof shapeKinds)[number]): void;
  addFrame(): void;
  addImage(file: File): void;
  history(command: 'undo' | 'redo'): void;
  recolour(colour: NoteColor): void;
  format(key: FormatKey): void;
  duplicate(): void;
  remove(): void;
  toggleLock(): void;
  setNoteDetails(id: string, details: NoteDetails): void;
  align(alignment: Alignment): void;
  distribute(direction: Distribution): void;
  reorder(move: LayerMove): void;
  zoom(command: 'in' | 'out' | 'reset' | 'fit'): void;
  toggleSnap(): void;
  find(): void;
  help(): void;
}

/** The current zoom; it subscribes on its own so zooming re-renders only this button. */
function ZoomButton({ onReset }: { onReset(): void }) {
  const { t } = useTranslation('boards');
  const percent = useStore((store) => Math.round(store.transform[2] * 100));
  return (
    <button type="button" className="button button--ghost button--md" title={t('tools.zoomReset')} onClick={onReset}>
      {t('canvas.zoom', { percent })}
    </button>
  );
}

/** Keeps the focus in an element's editor when a formatting button is pressed with the mouse. */
const keepEditorFocus = (event: React.MouseEvent) => event.preventDefault();

/** Adding, history and the view. */
export function CanvasToolbar({ state, actions }: { state: ToolbarState; actions: ToolbarActions }) {
  const { t } = useTranslation('boards');
  const file = useRef<HTMLInputElement>(null);
  return (
    <div role="toolbar" aria-label={t('toolbar.label')} className="canvas-toolbar">
      <div role="group" aria-label={t('tools.add')} className="canvas-toolbar__group">
        <Button variant="primary" onClick={actions.addNote}>
          {t('toolbar.addNote')}
        </Button>
        <IconButton label={t('tools.addText')} icon="T" onClick={actions.addText} />
        {shapeKinds.map((kind) => (
          <IconButton key={kind} label={`${t('tools.addShape')}: ${t(`element.shape.${kind}`)}`} icon={shapeIcons[kind]} onClick={() => actions.addShape(kind)} />
        ))}
        <IconButton label={t('tools.addFrame')} icon="⬚" onClick={actions.addFrame} />
        <IconButton label={t('tools.addImage')} icon={<ImageIcon />} onClick={() => file.current?.click()} />
        <input
          ref={file}
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          // Out of sight and of the accessibility tree: the button above is the way in.
          hidden
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) actions.addImage(chosen);
            event.target.value = '';
          }}
        />
      </div>
      <div role="group" aria-label={t('tools.history')} className="canvas-toolbar__group">
        <Button onClick={() => actions.history('undo')} aria-disabled={!state.canUndo} className={state.canUndo ? undefined : 'board-toolbar__inactive'}>
          {t('toolbar.undo')}
        </Button>
        <Button onClick={() => actions.history('redo')} aria-disabled={!state.canRedo} className={state.canRedo ? undefined : 'board-toolbar__inactive'}>
          {t('toolbar.redo')}
        </Button>
      </div>
      <div role="group" aria-label={t('tools.view')} className="canvas-toolbar__group canvas-toolbar__view">
        <IconButton label={t('tools.zoomOut')} icon="−" onClick={() => actions.zoom('out')} />
        <ZoomButton onReset={() => actions.zoom('reset')} />
        <IconButton label={t('tools.zoomIn')} icon="+" onClick={() => actions.zoom('in')} />
        <IconButton label={t('tools.fit')} icon="⤢" onClick={() => actions.zoom('fit')} />
        <IconButton label={t('tools.snap')} icon="#" aria-pressed={state.snap} onClick={actions.toggleSnap} />
        <IconButton label={t('tools.find')} icon={<SearchIcon />} onClick={actions.find} />
        <IconButton label={t('tools.help')} icon="?" onClick={actions.help} />
      </div>
    </div>
  );
}

/** The selection's colour, format, arrangement and layers, floating over the canvas so nothing below it moves. */
export function SelectionToolbar({ state, actions }: { state: ToolbarState; actions: ToolbarActions }) {
  const { t } = useTranslation('boards');
  const [detailsFor, setDetailsFor] = useState<string>();
  const detailsButton = useRef<HTMLButtonElement>(null);
  if (state.selectionCount === 0) return null;
  const note = state.note;
  const closeDetails = () => {
    setDetailsFor(undefined);
    detailsButton.current?.focus();
  };
  return (
    <>
    {note && detailsFor === note.id ? (
      <NoteDetailsPanel key={note.id} author={note.author} tags={note.tags} onSave={(details) => actions.setNoteDetails(note.id, details)} onClose={closeDetails} />
    ) : null}
    <div role="toolbar" aria-label={t('tools.arrange')} className="canvas-selection-bar">
      {state.colourable
        ? noteColors.map((colour) => (
            <button
              key={colour}
              type="button"
              className="board-swatch"
              aria-label={t(`colour.${colour}`)}
              title={t(`colour.${colour}`)}
              aria-pressed={state.colour === colour}
              style={{ background: notePalette[colour].fill, borderColor: notePalette[colour].edge }}
              onClick={() => actions.recolour(colour)}
            />
          ))
        : null}
      <IconButton label={t('tools.bold')} icon={<b>B</b>} onMouseDown={keepEditorFocus} onClick={() => actions.format('bold')} />
      <IconButton label={t('tools.italic')} icon={<i>I</i>} onMouseDown={keepEditorFocus} onClick={() => actions.format('italic')} />
      {note ? (
        <Button ref={detailsButton} aria-expanded={detailsFor === note.id} onClick={() => setDetailsFor((open) => (open === note.id ? undefined : note.id))}>
          {t('details.open')}
        </Button>
      ) : null}
      <IconButton label={t('tools.duplicate')} icon={<DuplicateIcon />} onClick={actions.duplicate} />
      <IconButton label={t(state.locked ? 'tools.unlock' : 'tools.lock')} icon={<LockIcon open={state.locked} />} onClick={actions.toggleLock} />
      {(['front', 'forward', 'backward', 'back'] as const).map((move) => (
        <IconButton key={move} label={t(`tools.layer.${move}`)} icon={layerIcons[move]} onClick={() => actions.reorder(move)} />
      ))}
      {state.selectionCount >= 2
        ? (['left', 'hcenter', 'right', 'top', 'vcenter', 'bottom'] as const).map((alignment) => (
            <IconButton key={alignment} label={t(`tools.align.${alignment}`)} icon={<AlignIcon side={alignment} />} onClick={() => actions.align(alignment)} />
          ))
        : null}
      {state.selectionCount >= 3 ? (
        <>
          <IconButton label={t('tools.distribute.horizontal')} icon="⋯" onClick={() => actions.distribute('horizontal')} />
          <IconButton label={t('tools.distribute.vertical')} icon="⋮" onClick={() => actions.distribute('vertical')} />
        </>
      ) : null}
      <Button variant="danger" onClick={actions.remove}>
        {t('tools.deleteSelection')}
      </Button>
    </div>
    </>
  );
}
