import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { createBirpc } from 'birpc';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames, type ClientEvents } from '../shared/contract';
import type { DesktopBridge } from '../shared/rpc/bridge';
import type { ClientToCore } from '../shared/rpc/client';
import { createCoreConnection } from './coreConnection';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  portListeners: [] as Array<(event: { ports: unknown[] }) => void>,
  invoke: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    on: (channel: string, listener: (event: { ports: unknown[] }) => void) => {
      if (channel === 'minga:core-port') electron.portListeners.push(listener);
    },
    invoke: electron.invoke,
  },
}));

const openPorts: MessagePort[] = [];

/** A stand-in for the core: answers every method with an envelope echoing what it received. */
function fakeCore(answer?: (name: string, input: unknown) => unknown) {
  const { port1, port2 } = new MessageChannel();
  openPorts.push(port1, port2);
  const handlers = Object.fromEntries(
    methodNames.map((name) => [name, async (input: unknown) => (answer ? answer(name, input) : { ok: true, value: { name, input } })]),
  ) as ClientToCore;
  const rpc = createBirpc<ClientEvents, ClientToCore>(handlers, {
    post: (data) => port1.postMessage(data),
    on: (receive) => void port1.on('message', receive),
    eventNames: ['boardUpdated', 'storeChanged', 'syncStatusChanged'],
  });
  return { rpc, pagePort: port2 };
}

async function loadPreload(): Promise<DesktopBridge> {
  vi.resetModules();
  electron.exposed.clear();
  electron.portListeners.length = 0;
  await import('./index');
  return electron.exposed.get('minga') as DesktopBridge;
}

const sendPort = (port: unknown) => electron.portListeners.forEach((listener) => listener({ ports: [port] }));
const settled = async <T>(promise: Promise<T>) => {
  const marker = Symbol('pending');
  return Promise.race([promise, new Promise<typeof marker>((resolve) => setTimeout(() => resolve(marker), 30))]).then(
    (value) => (value === marker ? 'pending' : value),
  );
};

afterEach(() => {
  for (const port of openPorts.splice(0)) port.close();
});

describe('the desktop preload', () => {
  let bridge: DesktopBridge;
  beforeEach(async () => {
    electron.invoke.mockReset();
    bridge = await loadPreload();
  });

  it('exposes exactly one named method per API call, the events, showDataFolder, print and the platform', () => {
    expect(Object.keys(bridge).sort()).toEqual(
      [...methodNames, 'onBoardUpdated', 'onStoreChanged', 'onSyncStatusChanged', 'showDataFolder', 'print', 'platform'].sort(),
    );
    expect(bridge.platform).toBe('desktop');
    for (const name of methodNames) expect(typeof bridge[name]).toBe('function');
    expect(electron.exposed.size).toBe(1);
  });

  it('queues calls made before the port arrives, then answers them over it', async () => {
    const early = bridge.listExercises({ includeArchived: true });
    expect(await settled(early)).toBe('pending');
    const { pagePort } = fakeCore();
    sendPort(pagePort);
    await expect(early).resolves.toEqual({ ok: true, value: { name: 'listExercises', input: { includeArchived: true } } });
    await expect(bridge.getStatus(undefined)).resolves.toEqual({ ok: true, value: { name: 'getStatus', input: {} } });
  });

  it('passes error envelopes through and turns a thrown core error into one instead of rejecting', async () => {
    const { pagePort } = fakeCore((name) => {
      if (name === 'getExercise') return { ok: false, error: { code: 'not_found', message: 'no such exercise' } };
      throw new Error('engine exploded');
    });
    sendPort(pagePort);
    await expect(bridge.getExercise({ id: 'x' })).resolves.toEqual({ ok: false, error: { code: 'not_found', message: 'no such exercise' } });
    await expect(bridge.createExercise({})).resolves.toMatchObject({ ok: false, error: { code: 'internal', message: 'engine exploded' } });
  });

  it('delivers core events to subscribers until they unsubscribe', async () => {
    const { rpc, pagePort } = fakeCore();
    sendPort(pagePort);
    const boards: unknown[] = [];
    const changes: unknown[] = [];
    const stopBoards = bridge.onBoardUpdated((payload) => boards.push(payload));
    const syncs: unknown[] = [];
    bridge.onStoreChanged((payload) => changes.push(payload));
    bridge.onSyncStatusChanged((payload) => syncs.push(payload));
    await rpc.boardUpdated({ id: 'b1', update: new Uint8Array([1, 2, 3]) });
    await rpc.storeChanged({ reason: 'restore' });
    const synced = { linked: null, state: 'not-linked', pendingChanges: 0, lastSyncAt: null, lastError: null, heldDeletions: null, refusedChanges: { readOnly: 0, noAccess: 0 } } as const;
    await rpc.syncStatusChanged(synced);
    await vi.waitFor(() => expect(changes).toEqual([{ reason: 'restore' }]));
    await vi.waitFor(() => expect(syncs).toEqual([synced]));
    expect(boards).toEqual([{ id: 'b1', update: new Uint8Array([1, 2, 3]) }]);
    stopBoards();
    await rpc.boardUpdated({ id: 'b1', update: new Uint8Array([4]) });
    await rpc.storeChanged({ reason: 'edit' });
    await vi.waitFor(() => expect(changes).toHaveLength(2));
    expect(boards).toHaveLength(1);
  });

  it('after a core restart answers calls stuck on the old port with an error and uses the new one', async () => {
    const silent = fakeCore(() => new Promise(() => undefined));
    sendPort(silent.pagePort);
    const stuck = bridge.search({ query: 'participación' });
    expect(await settled(stuck)).toBe('pending');
    const restarted = fakeCore();
    sendPort(restarted.pagePort);
    await expect(stuck).resolves.toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/restarted/) } });
    await expect(bridge.search({ query: 'x' })).resolves.toEqual({ ok: true, value: { name: 'search', input: { query: 'x' } } });
  });

  it('asks main to show the data folder and never rejects', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: true, value: null });
    await expect(bridge.showDataFolder()).resolves.toEqual({ ok: true, value: null });
    expect(electron.invoke).toHaveBeenCalledWith('app:show-data-folder');
    electron.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    await expect(bridge.showDataFolder()).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('asks main to print a PDF with the request as given (main validates it), and never rejects', async () => {
    const pdf = new Uint8Array([37, 80, 68, 70]);
    electron.invoke.mockResolvedValueOnce({ ok: true, value: pdf });
    const request = { kind: 'workshop', id: 'w1' };
    await expect(bridge.print(request)).resolves.toEqual({ ok: true, value: pdf });
    expect(electron.invoke).toHaveBeenCalledWith('app:print', request);
    electron.invoke.mockRejectedValueOnce(new Error('The print view did not get ready in time.'));
    await expect(bridge.print(request)).resolves.toMatchObject({ ok: false, error: { code: 'internal', message: /did not get ready/ } });
  });
});

describe('createCoreConnection', () => {
  it('gives up waiting for a port after its timeout with store_unavailable', async () => {
    const connection = createCoreConnection(20);
    await expect(connection.call('listBackups', {})).resolves.toMatchObject({ ok: false, error: { code: 'store_unavailable' } });
  });
});
