import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A whole fake Electron, to check that index.ts wires the tested modules together. */
const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const state = { lock: true, windows: [] as unknown[], forks: [] as unknown[][], handlers: new Map<string, unknown>() };
  return { calls, state };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    setName: (name: string) => fake.calls.push(`setName ${name}`),
    setPath: (name: string, path: string) => fake.calls.push(`setPath ${name} ${path}`),
    enableSandbox: () => fake.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => (fake.calls.push('requestSingleInstanceLock'), fake.state.lock),
    quit: () => fake.calls.push('quit'),
    exit: (code: number) => fake.calls.push(`exit ${code}`),
    whenReady: () => Promise.resolve(),
    getLocale: () => 'es-CO',
    getVersion: () => '0.1.0',
    getAppPath: () => '/checkout',
  });
  class BrowserWindow extends Emitter {
    static getAllWindows = () => fake.state.windows;
    static getFocusedWindow = () => null;
    webContents = Object.assign(new Emitter(), {
      posted: [] as unknown[][],
      postMessage(...args: unknown[]) {
        this.posted.push(args);
      },
      isLoading: () => false,
      isDestroyed: () => false,
    });
    constructor(readonly options: { webPreferences: { preload: string } }) {
      super();
      fake.state.windows.push(this);
    }
    loadFile = vi.fn(() => Promise.resolve());
    loadURL = vi.fn(() => Promise.resolve());
  }
  const session = {
    defaultSession: {
      webRequest: { onHeadersReceived: () => fake.calls.push('csp') },
      setPermissionRequestHandler: () => fake.calls.push('permissions'),
      setPermissionCheckHandler: () => undefined,
    },
  };
  return {
    app,
    BrowserWindow,
    session,
    shell: { openExternal: vi.fn(), openPath: vi.fn(async () => '') },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn() },
    ipcMain: { handle: (channel: string, handler: unknown) => fake.state.handlers.set(channel, handler) },
    Menu: { setApplicationMenu: () => fake.calls.push('menu'), buildFromTemplate: (template: unknown) => template },
    MessageChannelMain: class {
      port1 = { end: 'core' };
      port2 = { end: 'page' };
    },
    utilityProcess: {
      fork: (...args: unknown[]) => {
        fake.state.forks.push(args);
        return Object.assign(new Emitter(), { postMessage: vi.fn(), kill: () => true });
      },
    },
  };
});

describe('the desktop lifecycle (index.ts)', () => {
  let dataDir: string;
  beforeEach(() => {
    vi.resetModules();
    fake.calls.length = 0;
    fake.state.windows.length = 0;
    fake.state.forks.length = 0;
    fake.state.handlers.clear();
    dataDir = join(mkdtempSync(join(tmpdir(), 'minga-main-')), 'data');
    vi.stubEnv('MINGA_DATA', dataDir);
  });
  afterEach(() => vi.unstubAllEnvs());

  it('puts userData in the data folder before taking the single-instance lock', async () => {
    await import('./index');
    const lockAt = fake.calls.indexOf('requestSingleInstanceLock');
    expect(fake.calls.indexOf(`setPath userData ${dataDir}`)).toBeGreaterThanOrEqual(0);
    expect(fake.calls.indexOf(`setPath userData ${dataDir}`)).toBeLessThan(lockAt);
    expect(fake.calls.indexOf('enableSandbox')).toBeLessThan(lockAt);
    expect(fake.calls).toContain(`setPath sessionData ${join(dataDir, 'chromium')}`);
  });

  it('on ready: secures the session, installs the menu, starts the core and opens a window wired to it', async () => {
    await import('./index');
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    expect(fake.calls).toEqual(expect.arrayContaining(['csp', 'permissions', 'menu']));
    expect([...fake.state.handlers.keys()]).toEqual(['app:show-data-folder', 'app:print']);

    const [entry, , options] = fake.state.forks[0] as [string, unknown, { env: NodeJS.ProcessEnv; serviceName: string }];
    expect(entry).toMatch(/core\.js$/);
    expect(options.env.MINGA_DATA_DIR).toBe(dataDir);
    expect(options.serviceName).toBe('minga-core');

    const window = fake.state.windows[0] as EventEmitter & {
      options: { webPreferences: { preload: string; sandbox: boolean } };
      webContents: EventEmitter & { posted: unknown[][] };
    };
    expect(window.options.webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.options.webPreferences.sandbox).toBe(true);
    window.webContents.emit('did-finish-load');
    expect(window.webContents.posted).toEqual([['minga:core-port', null, [{ end: 'page' }]]]);
  });

  it('quits at once when another instance holds the data folder', async () => {
    fake.state.lock = false;
    try {
      await import('./index');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(fake.calls).toContain('quit');
      expect(fake.state.forks).toHaveLength(0);
      expect(fake.state.windows).toHaveLength(0);
    } finally {
      fake.state.lock = true;
    }
  });
});
