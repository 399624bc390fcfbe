import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { moveFrame, readFramesInOrder } from '../../../shared/board/facilitation';
import { IconButton } from '../../ui';
import { useAnnouncer } from '../boards/useAnnouncer';
import { useDocValue } from './useDocValue';

const buttonId = (frameId: string, direction: number) => `frame-order-${frameId}-${direction < 0 ? 'up' : 'down'}`;

/** The presentation order of the frames, changed one step at a time with move up / move down. */
export function FrameOrderEditor({ doc, origin }: { doc: Y.Doc; origin: unknown }) {
  const { t } = useTranslation('facilitation');
  const headingId = useId();
  const frames = useDocValue(doc, readFramesInOrder);
  const { message, announce } = useAnnouncer();
  if (frames.length === 0) return <p className="facilitation-panel__hint">{t('presentation.noFrames')}</p>;

  const move = (id: string, direction: -1 | 1) => {
    if (!moveFrame(doc, id, direction, origin)) return;
    announce(t('presentation.moved'));
    // Focus follows the moved frame; at the end of the list its other button is the one still enabled.
    requestAnimationFrame(() => {
      const buttons = [direction, -direction].map((side) => document.getElementById(buttonId(id, side)));
      buttons.find((button) => button instanceof HTMLButtonElement && !button.disabled)?.focus();
    });
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="facilitation-panel__subheading">
        {t('presentation.order')}
      </h3>
      <ol className="frame-order">
        {frames.map((frame, index) => {
          const title = frame.title || t('presentation.untitled');
          return (
            <li key={frame.id} className="frame-order__item">
              <span className="frame-order__title">{title}</span>
              <IconButton id={buttonId(frame.id, -1)} label={t('presentation.moveUp', { title })} icon="↑" disabled={index === 0} onClick={() => move(frame.id, -1)} />
              <IconButton id={buttonId(frame.id, 1)} label={t('presentation.moveDown', { title })} icon="↓" disabled={index === frames.length - 1} onClick={() => move(frame.id, 1)} />
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
