import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  addTimerMinute,
  clearTimer,
  formatCountdown,
  pauseTimer,
  readTimer,
  resetTimer,
  resumeTimer,
  setTimerMuted,
  timerRemaining,
} from '../../../shared/board/facilitation';
import { Button } from '../../ui';
import { useAnnouncer } from '../boards/useAnnouncer';
import { playChime } from './chime';
import { SoundIcon } from './SoundIcon';
import { wallClock } from './clock';
import { useDocValue } from './useDocValue';
import { useNow } from './useNow';

/**
 * The room's countdown, large enough to read from the back of a room on a projector, with its
 * controls. Every screen with the board open shows the same time; each plays the chime itself
 * when it sees the count reach zero (unless muted), and tells screen readers.
 */
export function TimerDisplay({ doc, origin, variant = 'floating' }: { doc: Y.Doc; origin: unknown; variant?: 'floating' | 'presentation' }) {
  const { t } = useTranslation('facilitation');
  const timer = useDocValue(doc, readTimer);
  const now = useNow(timer.running);
  const remaining = timerRemaining(timer, now);
  const finished = timer.durationMs > 0 && remaining === 0;
  const { message, announce } = useAnnouncer();
  const previous = useRef(remaining);

  useEffect(() => {
    // Only a zero reached while watching chimes: opening a board whose timer ran out is silent.
    if (previous.current > 0 && remaining === 0 && timer.running) {
      if (!timer.muted) playChime();
      announce(timer.label ? t('timer.announceFinishedLabel', { label: timer.label }) : t('timer.announceFinished'));
    }
    previous.current = remaining;
  }, [announce, remaining, t, timer.label, timer.muted, timer.running]);

  const name = timer.label ? t('timer.nameWithLabel', { label: timer.label }) : t('timer.name');
  const classes = ['timer-display', `timer-display--${variant}`, finished ? 'timer-display--finished' : '', !timer.running && !finished ? 'timer-display--paused' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      {timer.label ? <p className="timer-display__label">{timer.label}</p> : null}
      <div role="timer" aria-label={name} className="timer-display__time">
        {formatCountdown(remaining)}
      </div>
      <p className="timer-display__state" aria-hidden={!finished && timer.running}>
        {finished ? t('timer.finished') : timer.running ? '\u00a0' : t('timer.paused')}
      </p>
      <div role="group" aria-label={t('timer.controls')} className="timer-display__controls">
        {timer.running && !finished ? (
          <Button onClick={() => pauseTimer(doc, wallClock(), origin)}>{t('timer.pause')}</Button>
        ) : (
          <Button onClick={() => resumeTimer(doc, wallClock(), origin)} disabled={finished}>
            {t('timer.resume')}
          </Button>
        )}
        <Button aria-label={t('timer.addMinuteLabel')} title={t('timer.addMinuteLabel')} onClick={() => addTimerMinute(doc, wallClock(), origin)}>
          {t('timer.addMinute')}
        </Button>
        <Button onClick={() => resetTimer(doc, origin)}>{t('timer.reset')}</Button>
        <Button aria-pressed={timer.muted} onClick={() => setTimerMuted(doc, !timer.muted, origin)} title={t('timer.mute')} aria-label={t('timer.mute')}>
          <SoundIcon muted={timer.muted} />
        </Button>
        {variant === 'floating' ? (
          <Button variant="ghost" aria-label={t('timer.clear')} title={t('timer.clear')} onClick={() => clearTimer(doc, origin)}>
            <span aria-hidden="true">×</span>
          </Button>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="assertive">
        {message}
      </p>
    </div>
  );
}
