import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../shared/contract';
import { ApiError } from '../../shared/domain/errors';
import { startTestHub, testPassword, waitUntil, type TestHub } from '../../server/testing/hubHarness';
import { startTestEngine, tempDataDir } from '../testing/harness';

/** Background sync inside a running engine, against a real hub on 127.0.0.1. */
describe('background sync in the engine', () => {
  let hub: TestHub;
  const cleanups: (() => void)[] = [];

  beforeEach(async () => {
    hub = await startTestHub();
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    await hub.close();
  });

  function desk(debounceMs = 300) {
    const folder = tempDataDir('minga-bg-');
    const started = startTestEngine(folder.dir, { backgroundSync: { startDelayMs: 50, debounceMs, periodMs: 60_000, statusDelayMs: 20, timeoutMs: 10_000 } });
    cleanups.push(() => {
      started.close();
      folder.remove();
    });
    const statuses: SyncStatus[] = [];
    const api = started.client({ syncStatusChanged: (status) => statuses.push(status) });
    return { ...started, api, statuses };
  }

  it('links, pushes an edit within the debounce, and reports syncing then synced with nothing pending', async () => {
    await hub.addUser('ana@example.org', 'facilitator');
    const { api, statuses } = desk();
    expect(await api.getSyncStatus({})).toMatchObject({ state: 'not-linked', linked: null, pendingChanges: 0 });

    const linked = await api.linkHub({ hubUrl: `${hub.hub.url}/`, email: 'ana@example.org', password: testPassword, deviceName: 'portátil' });
    expect(linked.linked).toEqual({ hubUrl: hub.hub.url, email: 'ana@example.org', role: 'facilitator' });
    await waitUntil(async () => (await api.getSyncStatus({})).state === 'synced', 'the first round');

    statuses.length = 0;
    const editedAt = Date.now();
    // The edit is acknowledged at once, whatever the hub does.
    const exercise = await api.createExercise({ title: 'Mesa de diálogo', leadEntity: 'Gobernación de Nariño' });
    expect(Date.now() - editedAt).toBeLessThan(250);
    await waitUntil(() => statuses.some((status) => status.pendingChanges === 1), 'a pending change');
    await waitUntil(async () => (await hub.stored(`exercise:${exercise.id}`)) !== undefined, 'the exercise on the hub');
    expect(Date.now() - editedAt).toBeLessThan(3_000);
    expect((await hub.stored(`exercise:${exercise.id}`))!.getMap('exercise').get('title')).toBe('Mesa de diálogo');
    await waitUntil(() => statuses.at(-1)?.state === 'synced', 'synced again');

    const states = statuses.map((status) => status.state);
    expect(states.indexOf('syncing')).toBeGreaterThanOrEqual(0);
    expect(states.lastIndexOf('synced')).toBeGreaterThan(states.indexOf('syncing'));
    expect(statuses.at(-1)).toMatchObject({ state: 'synced', pendingChanges: 0, lastError: null });
    expect(statuses.at(-1)!.lastSyncAt).not.toBeNull();
  });

  it('explains a wrong password and an unreachable hub without linking', async () => {
    await hub.addUser('ana@example.org', 'facilitator');
    const { api } = desk();
    const wrong = await api.linkHub({ hubUrl: hub.hub.url, email: 'ana@example.org', password: 'no es la clave', deviceName: 'x' }).catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(ApiError);
    expect(wrong).toMatchObject({ code: 'invalid_credentials' });
    const nowhere = await api.linkHub({ hubUrl: 'http://127.0.0.1:9', email: 'ana@example.org', password: testPassword, deviceName: 'x' }).catch((error: unknown) => error);
    expect(nowhere).toMatchObject({ code: 'hub_unreachable' });
    const bad = await api.linkHub({ hubUrl: 'ftp://hub', email: 'no', password: '', deviceName: '' }).catch((error: unknown) => error);
    expect((bad as ApiError).issues?.map((issue) => issue.path).sort()).toEqual(['deviceName', 'email', 'hubUrl', 'password']);
    expect(await api.getSyncStatus({})).toMatchObject({ state: 'not-linked' });
  });

  it('shows the hub going away as offline with pending changes, and stops for a revoked device', async () => {
    await hub.addUser('ana@example.org', 'facilitator');
    const { api } = desk(100);
    await api.linkHub({ hubUrl: hub.hub.url, email: 'ana@example.org', password: testPassword, deviceName: 'x' });
    await waitUntil(async () => (await api.getSyncStatus({})).state === 'synced', 'the first round');
    const link = (await hub.hub.store.devices.list()).find((device) => device.revokedAt === null);
    await hub.hub.store.devices.revoke(link!.id);
    await api.createExercise({ title: 'Después de revocar' });
    await waitUntil(async () => (await api.getSyncStatus({})).lastError === 'device_signed_out', 'signed out');
    expect(await api.getSyncStatus({})).toMatchObject({ state: 'error', pendingChanges: 1 });
    const unlinked = await api.unlinkHub({});
    expect(unlinked).toMatchObject({ state: 'not-linked', linked: null, lastError: null });
  });

  it('says when the hub would not take an observer\'s changes, and keeps them pending', async () => {
    await hub.addUser('ana@example.org', 'facilitator');
    const olga = await hub.addUser('olga@example.org', 'observer');
    const a = desk();
    await a.api.linkHub({ hubUrl: hub.hub.url, email: 'ana@example.org', password: testPassword, deviceName: 'A' });
    const exercise = await a.api.createExercise({ title: 'Reto observado' });
    await waitUntil(async () => (await hub.stored(`exercise:${exercise.id}`)) !== undefined, 'the exercise on the hub');
    await hub.accounts.assign(exercise.id, olga.id);

    const b = desk();
    await b.api.linkHub({ hubUrl: hub.hub.url, email: 'olga@example.org', password: testPassword, deviceName: 'B' });
    await waitUntil(async () => (await b.api.listExercises({})).length === 1, 'the exercise on the observer\'s desktop');
    await b.api.updateExercise({ id: exercise.id, fields: { title: 'Cambiado por quien observa' } });
    await waitUntil(() => b.statuses.some((status) => status.refusedChanges.readOnly === 1), 'the refusal in the status');
    const status = await b.api.getSyncStatus({});
    expect(status).toMatchObject({ state: 'synced', pendingChanges: 1, refusedChanges: { readOnly: 1, noAccess: 0 } });
    expect((await hub.stored(`exercise:${exercise.id}`))!.getMap('exercise').get('title')).toBe('Reto observado');
  });
});
