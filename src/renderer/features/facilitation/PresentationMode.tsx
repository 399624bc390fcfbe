import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { isTimerSet, readFramesInOrder, readTimer } from '../../../shared/board/facilitation';
import { Button, IconButton } from '../../ui';
import { enterPresentationScreen, leavePresentationScreen } from './fullscreen';
import { presentationStep, stepIndex } from './presentationKeys';
import { TimerDisplay } from './TimerDisplay';
import { useDocValue } from './useDocValue';

export interface PresentationModeProps {
  doc: Y.Doc;
  origin: unknown;
  /** Zooms the canvas to a frame (the canvas wires it to React Flow's fitBounds). */
  focusFrame: (frameId: string) => void;
  onExit: () => void;
}

/**
 * Presents the board frame by frame in `order`, full screen, with the timer. The canvas stays
 * underneath and is zoomed to each frame; this is only the presenter's strip of controls.
 */
export function PresentationMode({ doc, origin, focusFrame, onExit }: PresentationModeProps) {
  const { t } = useTranslation('facilitation');
  const frames = useDocValue(doc, readFramesInOrder);
  const showTimer = useDocValue(doc, (current) => isTimerSet(readTimer(current)));
  const [index, setIndex] = useState(0);
  const current = frames[Math.min(index, frames.length - 1)];
  const exit = useEffectEvent(onExit);

  useEffect(() => {
    void enterPresentationScreen();
    // Leaving full screen with the browser's own Escape ends the presentation too.
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) exit();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      leavePresentationScreen();
    };
  }, []);

  useEffect(() => {
    if (current) focusFrame(current.id);
  }, [current, focusFrame]);

  const go = useCallback((step: 'next' | 'previous' | 'first' | 'last') => setIndex((value) => stepIndex(value, step, frames.length)), [frames.length]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const step = presentationStep(event.key, event.shiftKey);
      if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
      // Space on a focused button should press it, not also advance the frame.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
      event.preventDefault();
      if (step === 'exit') exit();
      else go(step);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [go]);

  const position = current ? t('presentation.position', { index: Math.min(index, frames.length - 1) + 1, total: frames.length }) : '';
  return (
    <div role="region" aria-label={t('presentation.label')} className="presentation">
      {showTimer ? (
        <div className="presentation__timer">
          <TimerDisplay doc={doc} origin={origin} variant="presentation" />
        </div>
      ) : null}
      <div className="presentation__strip">
        <IconButton label={t('presentation.previous')} icon="←" size="lg" disabled={index === 0} onClick={() => go('previous')} />
        <p className="presentation__where" aria-live="polite">
          {current ? (
            <>
              <span className="presentation__title">{current.title || t('presentation.untitled')}</span> <span className="presentation__position">{position}</span>
            </>
          ) : (
            t('presentation.noFrames')
          )}
        </p>
        <IconButton label={t('presentation.next')} icon="→" size="lg" disabled={index >= frames.length - 1} onClick={() => go('next')} />
        <Button variant="secondary" size="lg" onClick={onExit}>
          {t('presentation.exit')}
        </Button>
      </div>
      <p className="visually-hidden">{t('presentation.keys')}</p>
    </div>
  );
}
