import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ApiError } from '../../shared/domain/errors';
import type { Engine } from '../engine';
import { startWebServer } from '../web/server';
import { chromiumPath, launchChromium } from './chromium';

/** What print views expose to drivers (the board's PrintPage, the reports' usePrintReady). */
export type PrintWindow = typeof globalThis & { __mingaPrintReady?: boolean; __mingaPrintSvg?: () => Promise<string> };

/** How long a print view may take to load its data, fonts and images. */
const readyTimeoutMs = 90_000;

/**
 * Opens one of the renderer's print views in headless Chromium and hands the ready page to
 * `capture`: serves the built renderer for this engine on 127.0.0.1:0 (Chromium cannot load it
 * from file://), opens `address` (query and hash route), waits for `__mingaPrintReady`. Aborting
 * closes the browser at once and rejects with `cancelled`. Nothing is written to disk here.
 */
export async function capturePrintView(
  engine: Engine,
  rendererDir: string,
  address: string,
  capture: (page: Page) => Promise<Uint8Array>,
  options: { signal?: AbortSignal | undefined; deviceScaleFactor?: number } = {},
): Promise<Uint8Array> {
  const { signal } = options;
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new ApiError('export_unavailable', `The built renderer is missing (${rendererDir}); run npm run build.`);
  if (!fs.existsSync(chromiumPath())) throw new ApiError('export_unavailable', `No Chromium at ${chromiumPath()}; set CHROMIUM_PATH.`);
  const server = await startWebServer({ engine, staticDir: rendererDir });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const cancelled = () => void browser.close();
  signal?.addEventListener('abort', cancelled, { once: true });
  try {
    // A cancel that came while Chromium was starting.
    if (signal?.aborted) throw new ApiError('cancelled', 'The export was cancelled; nothing was written.');
    const context = await browser.newContext({ deviceScaleFactor: options.deviceScaleFactor ?? 1, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${address}`);
    await page.waitForFunction(() => (globalThis as PrintWindow).__mingaPrintReady === true, undefined, { timeout: readyTimeoutMs });
    return await capture(page);
  } catch (error) {
    if (signal?.aborted) throw new ApiError('cancelled', 'The export was cancelled; nothing was written.');
    throw error;
  } finally {
    signal?.removeEventListener('abort', cancelled);
    await browser.close().catch(() => undefined);
    await server.close();
  }
}
