import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { facilitationTools } from './tools';
import './bar.css';

/**
 * The facilitation bar as it will look, with its buttons not yet usable, while the tools' code
 * loads after the canvas. It keeps the bar's room so the board does not jump down under the
 * pointer of someone already working on it.
 */
export function FacilitationBarPlaceholder() {
  const { t } = useTranslation('facilitation');
  const labels = { timer: t('bar.timer'), voting: t('bar.voting'), private: t('bar.privateMode'), presentation: t('bar.presentation'), comments: t('bar.comments') };
  return (
    <div className="facilitation" aria-busy="true">
      <div role="group" aria-label={t('bar.label')} className="facilitation-bar">
        {facilitationTools.map((tool) => (
          <Button key={tool} className="facilitation-bar__tool" disabled>
            {labels[tool]}
          </Button>
        ))}
      </div>
    </div>
  );
}
