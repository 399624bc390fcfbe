import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readFramesInOrder } from '../../../shared/board/facilitation';
import { Button } from '../../ui';
import { FrameOrderEditor } from './FrameOrderEditor';
import { useDocValue } from './useDocValue';

/** Before presenting: the frame order to check or change, and the button that starts. */
export function PresentationPanel({ doc, origin, onStart }: { doc: Y.Doc; origin: unknown; onStart: () => void }) {
  const { t } = useTranslation('facilitation');
  const frameCount = useDocValue(doc, (current) => readFramesInOrder(current).length);
  return (
    <div className="presentation-setup">
      <p className="facilitation-panel__hint">{t('presentation.explanation')}</p>
      <FrameOrderEditor doc={doc} origin={origin} />
      <Button variant="primary" size="lg" onClick={onStart} disabled={frameCount === 0}>
        {t('presentation.start')}
      </Button>
    </div>
  );
}
