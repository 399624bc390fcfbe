import { useTranslation } from 'react-i18next';
import type { SaveState } from './updateQueue';

/** "Saved" appears only once the core has committed every edit; a failure says the edits are kept. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation('boards');
  return (
    <p role="status" className={`board-save board-save--${state}`}>
      <span className="board-save__dot" aria-hidden="true" />
      {t(`save.${state}`)}
    </p>
  );
}
