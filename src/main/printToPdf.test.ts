import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PrintOptions } from '../shared/print/options';
import { rendererLocation } from './rendererLocation';

const windows = vi.hoisted(() => [] as Array<{ options: { show?: boolean; webPreferences?: Record<string, unknown> }; loadFile: ReturnType<typeof vi.fn>; printToPDF: ReturnType<typeof vi.fn>; destroyed: boolean; readyAfter: number }>);

vi.mock('electron', () => ({
  BrowserWindow: class {
    entry: (typeof windows)[number];
    webContents: { executeJavaScript: () => Promise<boolean>; printToPDF: ReturnType<typeof vi.fn> };
    constructor(options: (typeof windows)[number]['options']) {
      let polls = 0;
      const printToPDF = vi.fn(() => Promise.resolve(Buffer.from('%PDF-1.7')));
      this.entry = { options, loadFile: vi.fn(() => Promise.resolve()), printToPDF, destroyed: false, readyAfter: 3 };
      const entry = this.entry;
      this.webContents = { executeJavaScript: () => Promise.resolve(++polls >= entry.readyAfter), printToPDF };
      windows.push(entry);
    }
    get loadFile() {
      return this.entry.loadFile;
    }
    loadURL = vi.fn(() => Promise.resolve());
    isDestroyed = () => this.entry.destroyed;
    destroy = () => {
      this.entry.destroyed = true;
    };
  },
}));

const { printToPdf } = await import('./printToPdf');

describe('printToPdf (desktop, mocked Electron)', () => {
  const location = rendererLocation('/app/out/renderer/index.html');
  const request = { kind: 'board' as const, id: '0b7d5a8e-4a57-4f0e-9d8a-2f7a3e1c9b10', options: PrintOptions.parse({ paper: 'A3', orientation: 'portrait', fit: 'tile' }) };
  beforeEach(() => windows.splice(0));

  it('prints the print view from a hidden sandboxed window once it is ready, then destroys the window', async () => {
    const connect = vi.fn();
    const bytes = await printToPdf(location, '/app/out/preload/index.cjs', request, connect);
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7');
    const [window] = windows;
    expect(window!.options.show).toBe(false);
    expect(window!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(connect).toHaveBeenCalledTimes(1);
    expect(window!.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html', {
      search: 'paper=A3&orientation=portrait&fit=tile&header=1&footer=1&mode=pages',
      hash: `/print/board/${request.id}`,
    });
    expect(window!.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true, pageSize: 'A3', landscape: false });
    expect(window!.destroyed).toBe(true);
  });

  it('a cancelled print destroys the window and prints nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(printToPdf(location, '/p.cjs', request, () => undefined, controller.signal)).rejects.toThrow();
    expect(windows[0]!.printToPDF).not.toHaveBeenCalled();
    expect(windows[0]!.loadFile).not.toHaveBeenCalled();
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('prints a workshop report on the paper its own CSS sets', async () => {
    const bytes = await printToPdf(location, '/p.cjs', { kind: 'workshop', id: request.id }, () => undefined);
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7');
    expect(windows[0]!.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html', { search: '', hash: `/print/workshop/${request.id}` });
    expect(windows[0]!.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true });
  });
});
