import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the built pieces sit. electron-vite writes out/main/index.js (this code),
 * out/main/core.js, out/preload/index.cjs and out/renderer/index.html side by side, both in a
 * checkout and inside the packaged app, so everything is found relative to this bundle.
 */
export interface BuiltPaths {
  coreEntry: string;
  preload: string;
  rendererHtml: string;
}

export function builtPaths(mainDir: string = dirname(fileURLToPath(import.meta.url))): BuiltPaths {
  return {
    coreEntry: join(mainDir, 'core.js'),
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererHtml: join(mainDir, '..', 'renderer', 'index.html'),
  };
}

export interface ResourceLocation {
  isPackaged: boolean;
  /** process.resourcesPath: where a packaged app keeps its extra resources. */
  resourcesPath: string;
  /** app.getAppPath(): the checkout when running unpackaged. */
  appPath: string;
}

function resourcesDir(where: ResourceLocation): string {
  return where.isPackaged ? where.resourcesPath : join(where.appPath, 'resources');
}

/**
 * better-sqlite3 built for Electron's ABI (scripts/rebuild-electron-sqlite.mjs), kept apart
 * from node_modules so that Node's own build stays usable by tests and browser mode.
 */
export function sqliteBindingPath(where: ResourceLocation): string {
  return join(resourcesDir(where), 'native', 'electron', 'better_sqlite3.node');
}

export function iconPath(where: ResourceLocation): string | undefined {
  const icon = join(resourcesDir(where), 'icon.png');
  return existsSync(icon) ? icon : undefined;
}
