import { useTranslation } from 'react-i18next';
import { platform } from '../../app/api';

/**
 * «Relatoría» on a workshop page, «Informe del ejercicio» on an exercise page: the print view,
 * in a new tab in browser mode so the page being worked on stays open. The desktop window
 * allows no new windows, so there it opens in place (the browser's back button returns).
 */
export function ReportButton({ report, id }: { report: 'workshop' | 'exercise'; id: string }) {
  const { t } = useTranslation('reports');
  const label = t(`open.${report}`);
  const href = `#/print/${report}/${id}`;
  if (platform === 'desktop') {
    return <a className="button button--secondary button--md" href={href}>{label}</a>;
  }
  return (
    <a className="button button--secondary button--md" href={href} target="_blank" rel="noopener" title={t('open.newTab', { label })}>
      {label}
    </a>
  );
}
