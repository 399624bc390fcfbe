import { useTranslation } from 'react-i18next';
import { noteColors, type NoteColor } from '../../../shared/domain/board';
import { Button } from '../../ui';
import { notePalette } from './notePalette';

/** Add, undo and redo, and the colour and deletion of the selected note. */
export function BoardToolbar({
  canUndo,
  canRedo,
  selectedColour,
  onAdd,
  onUndo,
  onRedo,
  onRecolour,
  onDelete,
}: {
  canUndo: boolean;
  canRedo: boolean;
  /** The colour of the selected note, or undefined when no note is selected. */
  selectedColour: NoteColor | undefined;
  onAdd(): void;
  onUndo(): void;
  onRedo(): void;
  onRecolour(colour: NoteColor): void;
  onDelete(): void;
}) {
  const { t } = useTranslation('boards');
  const hasSelection = selectedColour !== undefined;
  return (
    <div role="group" aria-label={t('toolbar.label')} className="board-toolbar">
      <Button variant="primary" onClick={onAdd}>
        {t('toolbar.addNote')}
      </Button>
      <Button onClick={onUndo} aria-disabled={!canUndo} className={canUndo ? undefined : 'board-toolbar__inactive'}>
        {t('toolbar.undo')}
      </Button>
      <Button onClick={onRedo} aria-disabled={!canRedo} className={canRedo ? undefined : 'board-toolbar__inactive'}>
        {t('toolbar.redo')}
      </Button>
      <div role="group" aria-label={t('toolbar.colour')} className="board-toolbar__palette">
        {noteColors.map((colour) => (
          <button
            key={colour}
            type="button"
            className="board-swatch"
            aria-label={t(`colour.${colour}`)}
            title={t(`colour.${colour}`)}
            aria-pressed={selectedColour === colour}
            disabled={!hasSelection}
            style={{ background: notePalette[colour].fill, borderColor: notePalette[colour].edge }}
            onClick={() => onRecolour(colour)}
          />
        ))}
      </div>
      <Button variant="danger" onClick={onDelete} disabled={!hasSelection}>
        {t('toolbar.delete')}
      </Button>
      {!hasSelection ? <span className="board-toolbar__hint">{t('toolbar.noSelection')}</span> : null}
    </div>
  );
}
