import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPaths, sqliteBindingPath } from './paths';

describe('built and resource paths', () => {
  it('finds the core, preload and renderer next to the main bundle', () => {
    expect(builtPaths('/app/out/main')).toEqual({
      coreEntry: join('/app/out/main', 'core.js'),
      preload: join('/app/out/preload', 'index.cjs'),
      rendererHtml: join('/app/out/renderer', 'index.html'),
    });
  });

  it("takes the Electron build of SQLite from the checkout's resources, or the packaged app's", () => {
    const checkout = sqliteBindingPath({ isPackaged: false, resourcesPath: '/electron/resources', appPath: '/src/minga' });
    const packaged = sqliteBindingPath({ isPackaged: true, resourcesPath: '/opt/Minga/resources', appPath: '/opt/Minga/resources/app.asar' });
    expect(checkout).toBe(join('/src/minga', 'resources', 'native', 'electron', 'better_sqlite3.node'));
    expect(packaged).toBe(join('/opt/Minga/resources', 'native', 'electron', 'better_sqlite3.node'));
  });
});
