import { pathToFileURL } from 'node:url';

/**
 * Where the renderer is loaded from, and the one test every guard shares: "is this URL our
 * own page?" In production that is the built index.html on disk (any hash route of it); in
 * development it is the electron-vite dev server on this machine.
 */
export interface RendererLocation {
  readonly kind: 'file' | 'dev-server';
  /** What to load: a file path for loadFile, or a URL for loadURL. */
  readonly entry: string;
  isAppUrl(url: string): boolean;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * A dev server URL is honoured only when it points at this machine, so that an environment
 * variable cannot make a window with our preload load someone else's page.
 */
export function rendererLocation(indexHtmlPath: string, devServerUrl?: string): RendererLocation {
  const dev = devServerUrl ? parse(devServerUrl) : null;
  if (dev && dev.protocol === 'http:' && loopbackHosts.has(dev.hostname)) {
    return {
      kind: 'dev-server',
      entry: dev.href,
      isAppUrl: (url) => parse(url)?.origin === dev.origin,
    };
  }
  const own = pathToFileURL(indexHtmlPath);
  return {
    kind: 'file',
    entry: indexHtmlPath,
    isAppUrl: (url) => {
      const candidate = parse(url);
      // Hash routes and queries are the app's own; another file on disk is not.
      return candidate?.protocol === 'file:' && candidate.host === own.host && candidate.pathname === own.pathname;
    },
  };
}
