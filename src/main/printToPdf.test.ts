import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PrintOptions } from '../shared/print/options';
import { rendererLocation } from './rendererLocation';

const windows = vi.hoisted(() => [] as Array<{
  options: { show?: boolean; webPreferences?: Record<string, unknown> };
  loadFile: ReturnType<typeof vi.fn>;
  printToPDF: ReturnType<typeof vi.fn>;
  destroyed: boolean;
  readyAfter: number;
  zoom: number[];
  captured: { width: number; height: number }[];
  sizes: number[][];
}>);

vi.mock('electron', () => ({
  BrowserWindow: class {
    entry: (typeof windows)[number];
    webContents: { executeJavaScript: () => Promise<boolean>; printToPDF: ReturnType<typeof vi.fn> };
    constructor(options: (typeof windows)[number]['options']) {
      let polls = 0;
      const printToPDF = vi.fn(() => Promise.resolve(Buffer.from('%PDF-1.7')));
      this.entry = { options, loadFile: vi.fn(() => Promise.resolve()), printToPDF, destroyed: false, readyAfter: 3, zoom: [], captured: [], sizes: [] };
      const entry = this.entry;
      this.webContents = {
        executeJavaScript: (code: string) => {
          if (code.includes('__mingaPrintSvg')) return Promise.resolve('<svg>Idea</svg>');
          if (code.includes('data-print-image')) return Promise.resolve({ width: 400, height: 300 });
          return Promise.resolve(++polls >= entry.readyAfter);
        },
        printToPDF,
        setZoomFactor: vi.fn((factor: number) => entry.zoom.push(factor)),
        capturePage: vi.fn((rect: { width: number; height: number }) => {
          entry.captured.push(rect);
          return Promise.resolve({ toPNG: () => Buffer.from('PNG') });
        }),
      } as never;
      windows.push(entry);
    }
    get loadFile() {
      return this.entry.loadFile;
    }
    loadURL = vi.fn(() => Promise.resolve());
    isDestroyed = () => this.entry.destroyed;
    setContentSize = (width: number, height: number) => this.entry.sizes.push([width, height]);
    destroy = () => {
      this.entry.destroyed = true;
    };
  },
}));

const { printInHiddenWindow } = await import('./printToPdf');

describe('printInHiddenWindow (desktop, mocked Electron)', () => {
  const location = rendererLocation('/app/out/renderer/index.html');
  const request = { kind: 'board' as const, id: '0b7d5a8e-4a57-4f0e-9d8a-2f7a3e1c9b10', options: PrintOptions.parse({ paper: 'A3', orientation: 'portrait', fit: 'tile' }), format: 'pdf' as const, scale: 1 };
  beforeEach(() => windows.splice(0));

  it('prints the print view from a hidden sandboxed window once it is ready, then destroys the window', async () => {
    const connect = vi.fn();
    const bytes = await printInHiddenWindow(location, '/app/out/preload/index.cjs', request, connect);
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
    await expect(printInHiddenWindow(location, '/p.cjs', request, () => undefined, controller.signal)).rejects.toThrow();
    expect(windows[0]!.printToPDF).not.toHaveBeenCalled();
    expect(windows[0]!.loadFile).not.toHaveBeenCalled();
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('prints a workshop report on the paper its own CSS sets', async () => {
    const bytes = await printInHiddenWindow(location, '/p.cjs', { kind: 'workshop', id: request.id }, () => undefined);
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7');
    expect(windows[0]!.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html', { search: '', hash: `/print/workshop/${request.id}` });
    expect(windows[0]!.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true });
  });

  it('a board as PNG: the window sized to the drawing times the scale, zoomed, captured', async () => {
    const bytes = await printInHiddenWindow(location, '/p.cjs', { ...request, format: 'png', scale: 2 }, () => undefined);
    expect(new TextDecoder().decode(bytes)).toBe('PNG');
    expect(windows[0]!.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html', expect.objectContaining({ search: expect.stringContaining('mode=image') }));
    expect(windows[0]!.zoom).toEqual([2]);
    expect(windows[0]!.sizes).toEqual([[800, 600]]);
    expect(windows[0]!.captured).toEqual([{ x: 0, y: 0, width: 800, height: 600 }]);
    expect(windows[0]!.printToPDF).not.toHaveBeenCalled();
  });

  it('a board as SVG: what the print view makes of it, fonts and images inline', async () => {
    const bytes = await printInHiddenWindow(location, '/p.cjs', { ...request, format: 'svg' }, () => undefined);
    expect(new TextDecoder().decode(bytes)).toBe('<svg>Idea</svg>');
    expect(windows[0]!.destroyed).toBe(true);
  });
});
