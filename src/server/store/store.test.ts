import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { tempDataDir } from '../../core/testing/harness';
import { backends, useBackend } from '../testing/backends';
import { openHubStore } from './hubStore';
import { DuplicateEmailError, type HubStore } from './types';

/** The same contract on both stores: what the hub and the admin command line rely on. */
describe.each(backends)('hub store on %s', (backend) => {
  const fixture = useBackend(backend);
  let store: HubStore;
  let open: () => Promise<HubStore>;
  let folder: ReturnType<typeof tempDataDir> | undefined;

  beforeEach(async () => {
    const options = await fixture.storeOptions();
    folder = options.databaseUrl ? undefined : tempDataDir('minga-hub-store-');
    open = () => openHubStore(options.databaseUrl ? { kind: 'postgres', url: options.databaseUrl } : { kind: 'sqlite', dataDir: folder!.dir });
    store = await open();
  });
  afterEach(async () => {
    await store.close();
    folder?.remove();
  });

  const update = (key: string, value: unknown, doc = new Y.Doc()) => {
    let captured: Uint8Array | undefined;
    doc.on('update', (bytes: Uint8Array) => {
      captured = bytes;
    });
    doc.getMap('board').set(key, value);
    return captured!;
  };
  const decode = (state: Uint8Array | null) => {
    const doc = new Y.Doc();
    if (state) Y.applyUpdate(doc, state);
    return doc.getMap('board').toJSON();
  };

  it('keeps accounts with case-insensitive emails, disables once, assigns and unassigns once', async () => {
    const ana = await store.accounts.addUser({ email: 'Ana@Hub.co', role: 'facilitator', passwordHash: 'h' });
    expect(ana).toMatchObject({ email: 'Ana@Hub.co', role: 'facilitator', disabledAt: null });
    expect(Date.parse(ana.createdAt)).not.toBeNaN();
    await expect(store.accounts.addUser({ email: 'ana@hub.co', role: 'admin', passwordHash: 'h' })).rejects.toBeInstanceOf(DuplicateEmailError);
    expect((await store.accounts.byEmail('ANA@hub.co'))?.id).toBe(ana.id);
    await store.accounts.addUser({ email: 'beto@hub.co', role: 'observer', passwordHash: 'h' });
    expect((await store.accounts.list()).map((user) => user.email)).toEqual(['Ana@Hub.co', 'beto@hub.co']);
    expect(await store.accounts.disable(ana.id)).toBe(true);
    expect(await store.accounts.disable(ana.id)).toBe(false);
    expect(await store.accounts.assign('ex-1', ana.id)).toBe(true);
    expect(await store.accounts.assign('ex-1', ana.id)).toBe(false);
    expect(await store.accounts.isAssigned('ex-1', ana.id)).toBe(true);
    expect(await store.accounts.assignedExercises(ana.id)).toEqual(['ex-1']);
    expect(await store.accounts.unassign('ex-1', ana.id)).toBe(true);
    expect(await store.accounts.unassign('ex-1', ana.id)).toBe(false);
    expect(await store.accounts.isAssigned('ex-1', ana.id)).toBe(false);
    expect(await store.accounts.assignedExercises(ana.id)).toEqual([]);
    expect(await store.accounts.assign('ex-1', ana.id)).toBe(true);
    await store.accounts.ensureExercise('ex-1', ana.id);
    expect(await store.accounts.exercise('ex-1')).toEqual({ id: 'ex-1', createdBy: null });
  });

  it('rotates a refresh token once when two refreshes race', async () => {
    const user = await store.accounts.addUser({ email: 'ana@hub.co', role: 'facilitator', passwordHash: 'h' });
    const device = await store.devices.create({ userId: user.id, name: 'portátil', refreshHash: 'one', refreshExpiresAt: new Date(Date.now() + 60_000) });
    const expires = new Date(Date.now() + 120_000);
    const results = await Promise.all([
      store.devices.rotate(device.id, 'one', 'two', expires),
      store.devices.rotate(device.id, 'one', 'three', expires),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const rotated = (await store.devices.byId(device.id))!;
    expect(rotated.previousRefreshHash).toBe('one');
    expect(Date.parse(rotated.refreshExpiresAt)).toBe(expires.getTime());
    expect(await store.devices.revoke(device.id)).toBe(true);
    expect(await store.devices.revoke(device.id)).toBe(false);
    expect(await store.devices.list(user.id)).toHaveLength(1);
  });

  it('keeps hub-owned documents without an exercise, and only those', async () => {
    const user = await store.accounts.addUser({ email: 'coord@hub.co', role: 'coordinator', passwordHash: 'h' });
    const record = await store.documents.claim({ name: 'directory:entities', kind: 'directory', exerciseId: null, createdBy: user.id });
    expect(record).toMatchObject({ name: 'directory:entities', kind: 'directory', exerciseId: null });
    expect(await store.documents.append('directory:entities', update('entry', 'Alcaldía'))).toBe(1);
    expect(decode(await store.documents.load('directory:entities'))).toEqual({ entry: 'Alcaldía' });
    expect((await store.documents.records()).map((entry) => entry.exerciseId)).toEqual([null]);
    // The schema itself refuses an exercise-owned kind without an exercise, and a hub-owned one with one.
    await expect(store.documents.claim({ name: 'board:b9', kind: 'board', exerciseId: null, createdBy: user.id })).rejects.toThrow();
    await store.accounts.ensureExercise('ex-1', user.id);
    await expect(store.documents.claim({ name: 'template:t1', kind: 'template', exerciseId: 'ex-1', createdBy: user.id })).rejects.toThrow();
  });

  it('claims a document once, appends in order, loads, and compacts what is stored', async () => {
    const user = await store.accounts.addUser({ email: 'ana@hub.co', role: 'facilitator', passwordHash: 'h' });
    expect(await store.documents.append('board:b1', update('early', 1))).toBeUndefined();
    await store.accounts.ensureExercise('ex-1', user.id);
    await store.accounts.ensureExercise('ex-2', user.id);
    await store.documents.claim({ name: 'board:b1', kind: 'board', exerciseId: 'ex-1', createdBy: user.id });
    // A second claim (another instance, a moment later) finds the first one.
    const again = await store.documents.claim({ name: 'board:b1', kind: 'board', exerciseId: 'ex-2', createdBy: user.id });
    expect(again.exerciseId).toBe('ex-1');

    const doc = new Y.Doc();
    const seqs = await Promise.all(Array.from({ length: 30 }, (_, index) => store.documents.append('board:b1', update(`k${index}`, index, doc))));
    expect([...seqs].sort((a, b) => a! - b!)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    expect(Object.keys(decode(await store.documents.load('board:b1')))).toHaveLength(30);

    expect(await store.documents.compact('board:b1')).toBe(true);
    expect(await store.documents.compact('board:b1')).toBe(false);
    await store.documents.append('board:b1', update('after', true, doc));
    expect(await store.documents.record('board:b1')).toMatchObject({ snapshotSeq: 30, lastSeq: 31 });
    await store.close();
    store = await open();
    const state = decode(await store.documents.load('board:b1'));
    expect(state).toMatchObject({ k0: 0, k29: 29, after: true });
    expect(await store.documents.load('board:unknown')).toBeNull();
  });

  it('gives every instance the same token key', async () => {
    const second = await open();
    try {
      const [one, two] = await Promise.all([store.signingSecret(), second.signingSecret()]);
      expect(one).toHaveLength(32);
      expect(two.equals(one)).toBe(true);
    } finally {
      await second.close();
    }
  });
});
