import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export interface Breadcrumb {
  label: string;
  /** A route path such as '/exercises/…'; the router turns it into a hash link. */
  href: string;
}

export interface PageHeaderProps {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  breadcrumbs?: Breadcrumb[];
}

/** The page's single h1, with the trail above it and the page's main actions beside it; it also sets the window title. */
export function PageHeader({ title, subtitle, actions, breadcrumbs }: PageHeaderProps) {
  const { t } = useTranslation();
  const appName = t('common:appName');
  // The window title names the page too: it is what screen readers announce and the taskbar shows.
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
  return (
    <div className="page-header">
      {breadcrumbs && breadcrumbs.length > 0 ? (
        <nav aria-label={t('common:breadcrumbs')} className="breadcrumbs">
          <ol>
            {breadcrumbs.map((crumb) => (
              <li key={crumb.href}>
                <Link href={crumb.href}>{crumb.label}</Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="page-header__row">
        <div className="page-header__text">
          <h1 className="page-header__title">{title}</h1>
          {subtitle ? <p className="page-header__subtitle">{subtitle}</p> : null}
        </div>
        {actions ? <div className="page-header__actions">{actions}</div> : null}
      </div>
    </div>
  );
}
