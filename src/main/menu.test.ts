import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { mainStrings, pickLocale, type MainStrings } from './i18n';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() } }));
const { menuTemplate } = await import('./menu');

const items = (template: MenuItemConstructorOptions[]) =>
  template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
const roles = (template: MenuItemConstructorOptions[]) => items(template).map((item) => item.role).filter(Boolean);

describe('main-process strings', () => {
  it.each([
    ['es-CO', 'es-CO'],
    ['es', 'es-CO'],
    ['es-419', 'es-CO'],
    ['ES-mx', 'es-CO'],
    ['en-US', 'en'],
    ['pt-BR', 'en'],
    ['', 'en'],
  ])('system locale %s -> %s', (system, locale) => {
    expect(pickLocale(system)).toBe(locale);
  });

  it('has every string in both languages, none empty, and they differ', () => {
    const es = mainStrings('es-CO');
    const en = mainStrings('en');
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(es) as (keyof MainStrings)[]) {
      const text = (strings: MainStrings) => {
        const value = strings[key];
        return typeof value === 'function' ? (value as (a: unknown, b: unknown) => string)(7, null) : value;
      };
      expect(text(es).length).toBeGreaterThan(0);
      expect(text(en).length).toBeGreaterThan(0);
    }
    expect(es.menuEdit).toBe('Editar');
    expect(en.menuEdit).toBe('Edit');
    expect(es.coreFailedDetail(3, 'disk full')).toMatch(/3; disk full$/);
    expect(en.coreFailedDetail(3, null)).toMatch(/exit code 3$/);
  });
});

describe('menuTemplate', () => {
  const showAbout = vi.fn();
  const es = mainStrings('es-CO');

  it('has File, Edit, View and Help with the required roles, labelled in the chosen language', () => {
    const template = menuTemplate(es, { platform: 'linux', isPackaged: true, showAbout });
    expect(template.map((menu) => menu.label)).toEqual(['Archivo', 'Editar', 'Ver', 'Ayuda']);
    expect(roles(template)).toEqual([
      'quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll',
      'reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen',
    ]);
    for (const item of items(template)) if (item.type !== 'separator') expect(item.label).toBeTruthy();
    expect(items(template).find((item) => item.role === 'paste')?.label).toBe('Pegar');
  });

  it('shows About from Help', () => {
    const template = menuTemplate(mainStrings('en'), { platform: 'win32', isPackaged: true, showAbout });
    const about = items(template).find((item) => item.label === 'About Minga');
    about?.click?.(undefined as never, undefined, undefined as never);
    expect(showAbout).toHaveBeenCalledTimes(1);
  });

  it('offers developer tools only when running from a checkout', () => {
    expect(roles(menuTemplate(es, { platform: 'linux', isPackaged: false, showAbout }))).toContain('toggleDevTools');
    expect(roles(menuTemplate(es, { platform: 'linux', isPackaged: true, showAbout }))).not.toContain('toggleDevTools');
  });

  it('follows macOS conventions: an app menu with Quit, and Close in File', () => {
    const template = menuTemplate(es, { platform: 'darwin', isPackaged: true, showAbout });
    expect(template[0]?.label).toBe('Minga');
    expect(roles([template[0] as MenuItemConstructorOptions])).toEqual(['quit']);
    expect(roles([template[1] as MenuItemConstructorOptions])).toEqual(['close']);
  });
});
