import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ConnectionBanner } from '../features/status/ConnectionBanner';
import { TopBar } from './TopBar';

/**
 * The page frame: a skip link, the banner landmark with navigation, and the main landmark.
 * After a navigation, focus moves to the main region so that keyboard and screen-reader users
 * start reading the new page rather than staying on the link they followed.
 */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location]);

  return (
    <div className="shell">
      <a href="#main" className="skip-link" onClick={(event) => {
        // The hash is the router's; move focus without changing it.
        event.preventDefault();
        mainRef.current?.focus();
      }}>
        {t('common:skipToContent')}
      </a>
      <TopBar />
      <ConnectionBanner />
      <main id="main" ref={mainRef} tabIndex={-1} className="shell__main">
        {children}
      </main>
    </div>
  );
}
