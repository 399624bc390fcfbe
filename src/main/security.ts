import type { Session, WebContents } from 'electron';
import type { RendererLocation } from './rendererLocation';

/**
 * The Electron security baseline that is not a window option: the content security policy,
 * no navigation away from the app, no new windows, no permissions, and external links only
 * to https and mailto (opened by the system, never inside Minga).
 */

const strictPolicy: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // React and the board canvas set inline style attributes; scripts stay strict.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * The policy for the renderer. With a dev server, Vite's hot reload needs its websocket and
 * the inline React refresh preamble, so only then are those two allowances added.
 */
export function contentSecurityPolicy(devServerOrigin?: string): string {
  const policy = Object.fromEntries(Object.entries(strictPolicy).map(([name, sources]) => [name, [...sources]]));
  if (devServerOrigin) {
    const socketOrigin = devServerOrigin.replace(/^http/, 'ws');
    policy['script-src']?.push("'unsafe-inline'");
    policy['connect-src']?.push(devServerOrigin, socketOrigin);
  }
  return Object.entries(policy)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Adds the policy to every response the session receives, replacing any the response had. */
export function installContentSecurityPolicy(session: Pick<Session, 'webRequest'>, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
}

/** Minga needs no camera, microphone, location, notifications or anything else: refuse all. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Only web pages over TLS and e-mail addresses may leave the app, to the system's handler. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  // Credentials in a link are a classic way to disguise where it really goes.
  return parsed.protocol === 'https:' && parsed.hostname.length > 0 && !parsed.username && !parsed.password;
}

export type OpenExternal = (url: string) => Promise<void> | void;

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps a web contents on the app's own page: navigation elsewhere is cancelled, new
 * windows are never created, and safe external links go to the system browser or mail app.
 */
export function guardNavigation(contents: GuardedContents, location: RendererLocation, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event, url) => {
    if (!location.isAppUrl(url)) event.preventDefault();
  });
  // Redirects and frame navigations are refused the same way; webviews are never attached.
  contents.on('will-redirect', (event, url) => {
    if (!location.isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void Promise.resolve(openExternal(url)).catch(() => undefined);
    return { action: 'deny' };
  });
}
