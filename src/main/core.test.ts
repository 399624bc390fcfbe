import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const forks = vi.hoisted(() => [] as unknown[][]);
vi.mock('electron', () => ({
  utilityProcess: { fork: (...args: unknown[]) => (forks.push(args), { pid: 1 }) },
}));

const { CoreSupervisor, coreEnvironment, spawnCore } = await import('./core');
type FailureChoice = 'retry' | 'quit';

class FakeCore extends EventEmitter {
  messages: unknown[] = [];
  killed = false;
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  kill() {
    this.killed = true;
    return true;
  }
  die(code = 1) {
    this.emit('exit', code);
  }
}

describe('spawning the core', () => {
  it('passes the data folder and the Electron build of SQLite when it exists', () => {
    const folder = mkdtempSync(join(tmpdir(), 'minga-core-'));
    const binding = join(folder, 'better_sqlite3.node');
    const missing = coreEnvironment({ coreEntry: 'core.js', dataDir: '/data', sqliteBinding: binding }, { PATH: '/bin', MINGA_SQLITE_BINDING: '/old' });
    expect(missing).toEqual({ PATH: '/bin', MINGA_DATA_DIR: '/data' });
    writeFileSync(binding, '');
    const present = coreEnvironment({ coreEntry: 'core.js', dataDir: '/data', sqliteBinding: binding }, {});
    expect(present).toEqual({ MINGA_DATA_DIR: '/data', MINGA_SQLITE_BINDING: binding });
  });

  it('forks a utility process named minga-core', () => {
    spawnCore({ coreEntry: '/app/out/main/core.js', dataDir: '/data', sqliteBinding: '/nowhere.node' });
    const [entry, args, options] = forks[0] as [string, string[], { serviceName: string; env: NodeJS.ProcessEnv }];
    expect(entry).toBe('/app/out/main/core.js');
    expect(args).toEqual([]);
    expect(options.serviceName).toBe('minga-core');
    expect(options.env.MINGA_DATA_DIR).toBe('/data');
  });
});

describe('CoreSupervisor', () => {
  let cores: FakeCore[];
  let clock: number;
  let started: FakeCore[];
  let ask: ReturnType<typeof vi.fn<(code: number, reason: string | null) => Promise<FailureChoice>>>;
  let quit: ReturnType<typeof vi.fn<() => void>>;

  const supervisor = () =>
    new CoreSupervisor({
      spawn: () => {
        const core = new FakeCore();
        cores.push(core);
        return core;
      },
      onStarted: (core) => started.push(core as FakeCore),
      onRepeatedFailure: ask,
      onQuit: quit,
      backoffMs: [100, 1_000],
      healthyAfterMs: 60_000,
      shutdownGraceMs: 500,
      now: () => clock,
    });

  beforeEach(() => {
    vi.useFakeTimers();
    cores = [];
    started = [];
    clock = 0;
    ask = vi.fn(async () => 'quit' as const);
    quit = vi.fn<() => void>();
  });
  afterEach(() => vi.useRealTimers());

  it('restarts a core that dies, waiting longer each time', () => {
    const cs = supervisor();
    cs.start();
    cores[0]?.die();
    expect(cs.current).toBeNull();
    vi.advanceTimersByTime(99);
    expect(cores).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(cores).toHaveLength(2);
    expect(cs.current).toBe(cores[1]);
    cores[1]?.die();
    vi.advanceTimersByTime(999);
    expect(cores).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(started).toEqual(cores);
    expect(started).toHaveLength(3);
  });

  it('asks the user after too many deaths in a row, then retries or quits as told', async () => {
    ask.mockResolvedValueOnce('retry').mockResolvedValueOnce('quit');
    const cs = supervisor();
    cs.start();
    cores[0]?.die();
    vi.advanceTimersByTime(100);
    cores[1]?.die();
    vi.advanceTimersByTime(1_000);
    cores[2]?.emit('message', { type: 'failed', message: 'database disk image is malformed' });
    cores[2]?.die(3);
    await vi.waitFor(() => expect(cores).toHaveLength(4));
    expect(ask).toHaveBeenCalledWith(3, 'database disk image is malformed');
    // A retry gets a fresh set of automatic restarts.
    cores[3]?.die();
    vi.advanceTimersByTime(100);
    cores[4]?.die();
    vi.advanceTimersByTime(1_000);
    cores[5]?.die(9);
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    expect(ask).toHaveBeenLastCalledWith(9, null);
    expect(cores).toHaveLength(6);
  });

  it('forgives an earlier death once a core has run healthily for a while', () => {
    const cs = supervisor();
    cs.start();
    cores[0]?.die();
    vi.advanceTimersByTime(100);
    clock = 120_000;
    cores[1]?.die();
    // The count started over, so the short pause applies again and nobody is asked.
    vi.advanceTimersByTime(100);
    expect(cores).toHaveLength(3);
    expect(ask).not.toHaveBeenCalled();
  });

  it('stops cleanly: asks the core to shut down and does not restart it', async () => {
    const cs = supervisor();
    cs.start();
    const stopped = cs.stop();
    expect(cores[0]?.messages).toEqual([{ type: 'shutdown' }]);
    cores[0]?.die(0);
    await stopped;
    vi.advanceTimersByTime(10_000);
    expect(cores).toHaveLength(1);
    expect(cores[0]?.killed).toBe(false);
  });

  it('kills a core that does not exit within the grace period', async () => {
    const cs = supervisor();
    cs.start();
    const stopped = cs.stop();
    vi.advanceTimersByTime(500);
    await stopped;
    expect(cores[0]?.killed).toBe(true);
  });
});
