import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MainStrings } from './i18n';

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Developer tools are offered only when running from a checkout. */
  isPackaged: boolean;
  showAbout: () => void;
}

/**
 * The application menu. Roles give each item its native behaviour and shortcut; the labels
 * come from the main-process catalogue because Electron's role labels are English only.
 */
export function menuTemplate(t: MainStrings, context: MenuContext): MenuItemConstructorOptions[] {
  const isMac = context.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: t.about, click: () => context.showAbout() };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t.quit };

  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: t.reload },
    ...(context.isPackaged ? [] : [{ role: 'toggleDevTools', label: t.toggleDevTools } as const]),
    { type: 'separator' },
    { role: 'resetZoom', label: t.resetZoom },
    { role: 'zoomIn', label: t.zoomIn },
    { role: 'zoomOut', label: t.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t.toggleFullScreen },
  ];

  return [
    // macOS puts About and Quit under the application's own menu.
    ...(isMac ? [{ label: 'Minga', submenu: [about, { type: 'separator' as const }, quit] }] : []),
    { label: t.menuFile, submenu: isMac ? [{ role: 'close', label: t.closeWindow }] : [quit] },
    {
      label: t.menuEdit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    { label: t.menuView, submenu: view },
    { label: t.menuHelp, submenu: [about] },
  ];
}

export function installApplicationMenu(t: MainStrings, context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(t, context)));
}
