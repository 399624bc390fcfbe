import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { z } from 'zod';
import { defaultDataDir } from '../core/paths';
import { DesktopPrintRequest } from '../shared/print/desktopPrint';
import { desktopChannels } from '../shared/rpc/bridge';
import { CoreSupervisor, spawnCore } from './core';
import { askAfterCoreFailure, showAbout } from './dialogs';
import { mainStrings, pickLocale, type MainStrings } from './i18n';
import { registerIpcHandler } from './ipcGuard';
import { installApplicationMenu } from './menu';
import { builtPaths, iconPath, sqliteBindingPath } from './paths';
import { connectOnEveryLoad, reconnectLoadedPages } from './ports';
import { printInHiddenWindow } from './printToPdf';
import { rendererLocation } from './rendererLocation';
import { contentSecurityPolicy, denyAllPermissions, guardNavigation, installContentSecurityPolicy } from './security';
import { createMainWindow } from './window';

/**
 * The desktop app's lifecycle. Everything with logic lives in the modules imported above,
 * which are unit-tested; this file only wires them to Electron's events.
 */

// The same folder the `minga` command uses; MINGA_DATA overrides it for both.
const dataDir = defaultDataDir();

if (ensureDataFolder(dataDir)) {
  app.setName('Minga');
  // The single-instance lock lives in userData, so this makes it one instance per data folder.
  app.setPath('userData', dataDir);
  // Chromium's caches go to a subfolder so the data folder stays readable: database, backups.
  app.setPath('sessionData', join(dataDir, 'chromium'));
  app.enableSandbox();
  if (app.requestSingleInstanceLock()) runDesktopApp();
  // Otherwise another Minga already has this data folder open; it hears of us in 'second-instance'.
  else app.quit();
}

function ensureDataFolder(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    return true;
  } catch (error) {
    // Before 'ready' the system locale may be empty; the environment's language is the fallback.
    const t = mainStrings(pickLocale(app.getLocale() || process.env.LANG || ''));
    dialog.showErrorBox(t.dataFolderFailedTitle, t.dataFolderFailedMessage(folder, error instanceof Error ? error.message : String(error)));
    app.exit(1);
    return false;
  }
}

function runDesktopApp(): void {
  const paths = builtPaths();
  const resources = { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() };
  // A packaged app never honours the dev server variable: it would load another page with our preload.
  const location = rendererLocation(paths.rendererHtml, app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL);
  let strings: MainStrings = mainStrings('es-CO');

  const loadedPages = () => BrowserWindow.getAllWindows().map((window) => window.webContents);
  const supervisor = new CoreSupervisor({
    spawn: () => spawnCore({ coreEntry: paths.coreEntry, dataDir, sqliteBinding: sqliteBindingPath(resources) }),
    onStarted: (core) => reconnectLoadedPages(loadedPages(), core),
    onRepeatedFailure: (exitCode, reason) => askAfterCoreFailure(strings, exitCode, reason, BrowserWindow.getFocusedWindow()),
    onQuit: () => app.quit(),
  });

  const openWindow = (): BrowserWindow => {
    const window = createMainWindow(location, paths.preload, iconPath(resources));
    connectOnEveryLoad(window.webContents, () => supervisor.current);
    return window;
  };

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return void openWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  // Every web contents, including any created later, is held to the same navigation rules.
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, location, (url) => shell.openExternal(url));
  });

  void app.whenReady().then(() => {
    strings = mainStrings(pickLocale(app.getLocale()));
    const devOrigin = location.kind === 'dev-server' ? new URL(location.entry).origin : undefined;
    installContentSecurityPolicy(session.defaultSession, contentSecurityPolicy(devOrigin));
    denyAllPermissions(session.defaultSession);
    installApplicationMenu(strings, {
      platform: process.platform,
      isPackaged: app.isPackaged,
      showAbout: () => void showAbout(strings, app.getVersion(), BrowserWindow.getFocusedWindow()),
    });
    registerIpcHandler(location, desktopChannels.showDataFolder, z.tuple([]), async () => {
      const failure = await shell.openPath(dataDir);
      if (failure) throw new Error(failure);
      return null;
    });
    registerIpcHandler(location, desktopChannels.print, z.tuple([DesktopPrintRequest]), ([request]) =>
      printInHiddenWindow(location, paths.preload, request, (window) => connectOnEveryLoad(window.webContents, () => supervisor.current)));
    supervisor.start();
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Give the core a moment to close its database cleanly before the app exits.
  let coreStopped = false;
  app.on('will-quit', (event) => {
    if (coreStopped) return;
    event.preventDefault();
    void supervisor.stop().finally(() => {
      coreStopped = true;
      app.quit();
    });
  });
}
