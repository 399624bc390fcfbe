import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rendererLocation } from './rendererLocation';

const created = vi.hoisted(() => [] as Array<{ options: unknown; loadFile: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn> }>);

vi.mock('electron', () => ({
  BrowserWindow: class {
    loadFile = vi.fn(() => Promise.resolve());
    loadURL = vi.fn(() => Promise.resolve());
    once = vi.fn();
    show = vi.fn();
    constructor(options: unknown) {
      created.push({ options, loadFile: this.loadFile, loadURL: this.loadURL });
    }
  },
}));

const { createMainWindow, windowOptions } = await import('./window');

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/index.cjs');
  const web = options.webPreferences ?? {};

  it('isolates the renderer: no Node, sandboxed, context isolation on', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses webviews and insecure content', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.webviewTag).toBe(false);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('loads the given preload and describes the Minga window', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
    expect(web.spellcheck).toBe(true);
    expect(options.title).toBe('Minga');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
    expect(options.show).toBe(false);
    expect(options).not.toHaveProperty('icon');
    expect(windowOptions('/p.cjs', '/icon.png').icon).toBe('/icon.png');
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('loads the built index.html from disk in production', () => {
    createMainWindow(rendererLocation('/app/out/renderer/index.html'), '/p.cjs');
    expect(created[0]?.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html');
    expect(created[0]?.loadURL).not.toHaveBeenCalled();
  });

  it('loads the dev server when one runs on this machine', () => {
    createMainWindow(rendererLocation('/app/out/renderer/index.html', 'http://localhost:5173'), '/p.cjs');
    expect(created[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(created[0]?.loadFile).not.toHaveBeenCalled();
  });
});
