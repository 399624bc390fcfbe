import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { RendererLocation } from './rendererLocation';

/** Matches the renderer's page background so that no white flash shows before it paints. */
export const windowBackground = '#f7f4ee';

/**
 * The options of every Minga window. The renderer gets no Node, runs sandboxed in an isolated
 * world, and reaches the rest of the app only through the preload's named methods.
 */
export function windowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    title: 'Minga',
    width: 1280,
    height: 820,
    // Small enough for a 1366×768 projector or laptop with the taskbar showing.
    minWidth: 960,
    minHeight: 600,
    backgroundColor: windowBackground,
    show: false,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

/** Creates a window, shows it once it has painted, and loads the renderer into it. */
export function createMainWindow(location: RendererLocation, preloadPath: string, iconPath?: string): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath, iconPath));
  window.once('ready-to-show', () => window.show());
  const loading = location.kind === 'file' ? window.loadFile(location.entry) : window.loadURL(location.entry);
  // A failed load is reported by did-fail-load; the promise rejection carries nothing more.
  loading.catch(() => undefined);
  return window;
}
