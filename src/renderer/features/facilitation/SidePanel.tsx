import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui';

/**
 * A non-modal panel beside the board: the board stays usable while it is open. Focus moves
 * into it when it opens; Escape or the close button closes it and the bar puts focus back on
 * the button that opened it.
 */
export function SidePanel({ id, title, onClose, children }: { id: string; title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation('facilitation');
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);

  useEffect(() => {
    panelRef.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  return (
    <section id={id} ref={panelRef} role="dialog" aria-modal="false" aria-labelledby={headingId} tabIndex={-1} className="facilitation-panel" onKeyDown={onKeyDown}>
      <div className="facilitation-panel__header">
        <h2 id={headingId} className="facilitation-panel__title">
          {title}
        </h2>
        <IconButton label={t('panel.close')} icon="×" variant="ghost" onClick={onClose} />
      </div>
      <div className="facilitation-panel__body">{children}</div>
    </section>
  );
}
