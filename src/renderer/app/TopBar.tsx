import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { GlobalSearch } from './GlobalSearch';
import { LanguageSelect } from './LanguageSelect';

/** Which top-level section a route belongs to, for aria-current. */
function sectionOf(location: string): 'exercises' | 'methods' | 'search' | 'settings' {
  if (location.startsWith('/search')) return 'search';
  if (location.startsWith('/methods')) return 'methods';
  // The trash is reached from Settings.
  if (location.startsWith('/settings') || location.startsWith('/trash')) return 'settings';
  return 'exercises';
}

export function TopBar() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const section = sectionOf(location);
  const links = [
    { id: 'exercises', href: '/', label: t('common:nav.exercises') },
    { id: 'methods', href: '/methods', label: t('methodLibrary:nav') },
    { id: 'settings', href: '/settings', label: t('common:nav.settings') },
  ] as const;

  return (
    <header className="topbar">
      <Link href="/" className="topbar__brand">
        <span className="topbar__logo" aria-hidden="true" />
        {t('common:appName')}
      </Link>
      <nav aria-label={t('common:nav.label')} className="topbar__nav">
        <ul>
          {links.map((link) => (
            <li key={link.id}>
              <Link href={link.href} className="topbar__link" aria-current={section === link.id ? 'page' : undefined}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* No «Buscar» entry: the search field beside the tools leads to the search page. */}
      <div className="topbar__tools">
        {/* The search page has its own large field; two fields with one label would confuse. */}
        {section === 'search' ? null : <GlobalSearch />}
        <SyncIndicator />
        <LanguageSelect />
      </div>
    </header>
  );
}
