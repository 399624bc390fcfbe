import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui';
import { shortcutActions } from './canvasKeys';

/** Every keyboard shortcut of the board, in a modal dialog (Escape closes it, focus returns). */
export function HelpDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation('boards');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="canvas-help" aria-labelledby="canvas-help-title" onClose={onClose}>
      <h2 id="canvas-help-title">{t('help.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('help.keysHeading')}</th>
            <th scope="col">{t('help.actionHeading')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcutActions.map((action) => (
            <tr key={action}>
              <td>
                <kbd>{t(`help.keys.${action}`)}</kbd>
              </td>
              <td>{t(`help.actions.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button variant="primary" onClick={onClose} autoFocus>
        {t('help.close')}
      </Button>
    </dialog>
  );
}
