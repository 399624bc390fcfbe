import { navigate as hashNavigate, useHashLocation } from 'wouter/use-hash-location';

/**
 * Hash routing (the desktop app loads from a file, so there is no server to resolve paths).
 * The search query lives in the real query string (`?q=…#/search`); every navigation without
 * its own query clears it, so an old query never follows the user to other pages.
 */
export function navigate(to: string, options?: { replace?: boolean }) {
  hashNavigate(to.includes('?') ? to : `${to}?`, options);
}

export function useAppLocation(): [string, typeof navigate] {
  const [location] = useHashLocation();
  return [location, navigate];
}
// The router reads `hrefs` from its hook to turn route paths into link targets.
Object.assign(useAppLocation, { hrefs: (href: string) => `#${href}` });

/** The route path for a search, with the query encoded. */
export function searchPath(query: string): string {
  return `/search?q=${encodeURIComponent(query.trim())}`;
}
