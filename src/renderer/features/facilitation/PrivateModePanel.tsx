import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { countHiddenNotes, isPrivateModeOn, revealAllNotes, setPrivateMode } from '../../../shared/board/facilitation';
import { Button } from '../../ui';
import { useAnnouncer } from '../boards/useAnnouncer';
import { useDocValue } from './useDocValue';

/** Turns private mode on and off and reveals the hidden notes, offering to when it is turned off. */
export function PrivateModePanel({ doc, origin }: { doc: Y.Doc; origin: unknown }) {
  const { t } = useTranslation('facilitation');
  const on = useDocValue(doc, isPrivateModeOn);
  const hidden = useDocValue(doc, countHiddenNotes);
  const [offerReveal, setOfferReveal] = useState(false);
  const { message, announce } = useAnnouncer();

  const toggle = () => {
    setPrivateMode(doc, !on, origin);
    setOfferReveal(on && hidden > 0);
    announce(t(on ? 'private.off' : 'private.on'));
  };
  const reveal = () => {
    const count = revealAllNotes(doc, origin);
    setOfferReveal(false);
    announce(t('private.revealed', { count }));
  };

  return (
    <div className="private-mode">
      <p className="facilitation-panel__hint">{t('private.explanation')}</p>
      <label className="private-mode__switch">
        <input type="checkbox" role="switch" checked={on} onChange={toggle} />
        <span>{t('private.toggle')}</span>
      </label>
      <p>{hidden > 0 ? t('private.hidden', { count: hidden }) : t('private.noneHidden')}</p>
      {offerReveal && hidden > 0 ? (
        <div role="group" aria-label={t('private.offerReveal', { count: hidden })} className="private-mode__offer">
          <p>{t('private.offerReveal', { count: hidden })}</p>
          <div className="facilitation-form__row">
            <Button variant="primary" onClick={reveal}>
              {t('private.revealAll')}
            </Button>
            <Button onClick={() => setOfferReveal(false)}>{t('private.keepHidden')}</Button>
          </div>
        </div>
      ) : (
        <Button variant="primary" onClick={reveal} disabled={hidden === 0}>
          {t('private.revealAll')}
        </Button>
      )}
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
