import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backends, useBackend } from '../testing/backends';
import { newDocument, startTestHub, waitUntil, type TestHub } from '../testing/hubHarness';

/** A revoked device, a disabled account or an expired token loses its live connections. */
describe.each(backends)('connection sweep on %s', (backend) => {
  const store = useBackend(backend);
  let t: TestHub;
  let offsetMs = 0;
  beforeEach(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    offsetMs = 0;
    t = await startTestHub({ sweepIntervalMs: 100, now: () => new Date(Date.now() + offsetMs), ...(await store.storeOptions()) });
    await t.addUser('admin@hub.co', 'admin');
    await t.addUser('ana@hub.co', 'facilitator');
  });
  afterEach(async () => {
    await t.close();
    vi.restoreAllMocks();
  });

  const connections = (name: string) => t.hub.sync.hocuspocus.documents.get(name)?.getConnectionsCount() ?? 0;

  it('closes a revoked device\'s connection on the next sweep', async () => {
    const ana = await t.login('ana@hub.co');
    const opened = await t.open('exercise:ex-1', ana.accessToken, newDocument('exercise'));
    expect(opened.outcome).toBe('read-write');
    await opened.settled();
    expect(connections('exercise:ex-1')).toBe(1);
    // Revoked behind the hub's back (as another hub process or the CLI would): only the sweep notices.
    await t.hub.store.devices.revoke(ana.deviceId);
    const revokedAt = Date.now();
    await waitUntil(() => connections('exercise:ex-1') === 0, 'the sweep to close the connection', 2_000);
    expect(Date.now() - revokedAt).toBeLessThan(1_000);
    // An edit made now never reaches the hub, and reconnecting with the same token is refused.
    opened.doc.getMap('exercise').set('after', 'revoked');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await t.stored('exercise:ex-1'))!.getMap('exercise').get('after')).toBeUndefined();
    expect((await t.open('exercise:ex-1', ana.accessToken)).outcome).toBe('denied');
  });

  it('revokes a device through the API at once', async () => {
    const admin = await t.login('admin@hub.co');
    const ana = await t.login('ana@hub.co');
    const opened = await t.open('exercise:ex-2', ana.accessToken, newDocument('exercise'));
    await opened.settled();
    const reply = await t.request(`/api/devices/${ana.deviceId}/revoke`, { method: 'POST', token: admin.accessToken });
    expect(reply).toMatchObject({ status: 200, body: { id: ana.deviceId, revoked: true } });
    await waitUntil(() => connections('exercise:ex-2') === 0, 'the revoked connection to close', 1_000);
    // The refresh token died with the device.
    expect((await t.request('/api/auth/refresh', { body: { refreshToken: ana.refreshToken } })).status).toBe(401);
  });

  it('closes connections of a disabled account and of an expired token', async () => {
    const ana = await t.login('ana@hub.co');
    const admin = await t.login('admin@hub.co');
    const mine = await t.open('exercise:ex-3', ana.accessToken, newDocument('exercise'));
    const theirs = await t.open('exercise:ex-3', admin.accessToken);
    await mine.settled();
    await t.accounts.disable((await t.accounts.byEmail('ana@hub.co'))!.id);
    await waitUntil(() => connections('exercise:ex-3') === 1, 'the disabled account to be closed', 2_000);
    // 16 minutes later the admin's 15-minute access token has expired.
    offsetMs = 16 * 60_000;
    await waitUntil(() => connections('exercise:ex-3') === 0, 'the expired token to be closed', 2_000);
    expect(theirs.outcome).toBe('read-write');
  });

  it('keeps a connection whose provider hands over a fresh token', async () => {
    const ana = await t.login('ana@hub.co');
    let token = ana.accessToken;
    const opened = await t.open('exercise:ex-4', ana.accessToken, newDocument('exercise'));
    await opened.settled();
    // The provider asks for the token each time the hub requests it; give it a refreshed one.
    opened.provider.configuration.token = () => token;
    offsetMs = 14 * 60_000 + 59_800; // close to expiry: the sweep asks for a new token
    const refreshed = await t.request('/api/auth/refresh', { body: { refreshToken: ana.refreshToken } });
    token = refreshed.body.accessToken;
    await new Promise((resolve) => setTimeout(resolve, 400));
    offsetMs = 15 * 60_000 + 1_000; // the first token has expired, the refreshed one has not
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(connections('exercise:ex-4')).toBe(1);
  });
});
