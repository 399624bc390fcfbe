import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends, useBackend } from '../testing/backends';
import { startTestHub, testPassword, type TestHub } from '../testing/hubHarness';

describe.each(backends)('hub HTTP API on %s', (backend) => {
  const store = useBackend(backend);
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub({ signInPerEmail: { limit: 3, windowMs: 60_000 }, signInPerAddress: { limit: 8, windowMs: 60_000 }, ...(await store.storeOptions()) });
    await t.addUser('ana@hub.co', 'facilitator');
    await t.addUser('admin@hub.co', 'admin');
  });
  afterEach(() => t.close());

  it('signs in, rotates the refresh token, and signs out a device whose old token is replayed', async () => {
    const first = await t.login('ana@hub.co');
    expect(first.accessToken).toMatch(/^mha1\./);
    const me = await t.request('/api/me', { token: first.accessToken });
    expect(me.body).toMatchObject({ user: { email: 'ana@hub.co', role: 'facilitator' }, device: { id: first.deviceId, name: 'portátil' } });

    const rotated = await t.request('/api/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(first.refreshToken);
    // Only hashes are stored.
    const device = (await t.hub.store.devices.byId(first.deviceId))!;
    expect(device.refreshHash).not.toContain(rotated.body.refreshToken.split('.')[1]);

    const replay = await t.request('/api/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(replay).toMatchObject({ status: 401, body: { code: 'token_reused' } });
    expect((await t.request('/api/auth/refresh', { body: { refreshToken: rotated.body.refreshToken } })).status).toBe(401);
    expect((await t.request('/api/me', { token: rotated.body.accessToken })).status).toBe(401);
  });

  it('lists the documents a user may read, with the access they have', async () => {
    const admin = await t.login('admin@hub.co');
    const ana = await t.login('ana@hub.co');
    const mine = '11111111-1111-4111-8111-111111111111';
    const theirs = '22222222-2222-4222-8222-222222222222';
    const anaId = (await t.accounts.byEmail('ana@hub.co'))!.id;
    await t.accounts.ensureExercise(mine, anaId);
    await t.accounts.ensureExercise(theirs, null);
    await t.documents.claim({ name: `exercise:${mine}`, kind: 'exercise', exerciseId: mine, createdBy: anaId });
    await t.documents.claim({ name: `board:b1`, kind: 'board', exerciseId: mine, createdBy: anaId });
    await t.documents.claim({ name: `exercise:${theirs}`, kind: 'exercise', exerciseId: theirs, createdBy: anaId });
    const listed = await t.request('/api/documents', { token: ana.accessToken });
    expect(listed.body.documents.map((entry: { name: string }) => entry.name).sort()).toEqual(['board:b1', `exercise:${mine}`]);
    expect(listed.body.documents[0]).toMatchObject({ exerciseId: mine, access: 'write' });
    expect((await t.request('/api/documents', { token: admin.accessToken })).body.documents).toHaveLength(3);
    expect((await t.request('/api/documents')).status).toBe(401);
  });

  it('answers bad bodies with 400 and a message', async () => {
    const broken = await t.request('/api/auth/login', { body: '{"email": "ana@hub.co",' });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 'invalid_json', message: expect.stringContaining('not valid JSON') });

    const invalid = await t.request('/api/auth/login', { body: { email: 'no-es-correo', password: '', extra: 1 } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('invalid_input');
    expect(invalid.body.issues.map((issue: { path: string }) => issue.path)).toEqual(expect.arrayContaining(['email', 'password', 'deviceName']));

    const notJson = await t.request('/api/auth/login', { body: 'email=a', headers: { 'content-type': 'text/plain' } });
    expect(notJson).toMatchObject({ status: 415, body: { code: 'unsupported_media_type' } });
    const huge = await t.request('/api/auth/refresh', { body: { refreshToken: 'x'.repeat(20_000) } });
    expect(huge).toMatchObject({ status: 413, body: { code: 'payload_too_large' } });
    const badQuery = await t.request('/api/devices?userId=nope', { token: (await t.login('admin@hub.co')).accessToken });
    expect(badQuery).toMatchObject({ status: 400, body: { code: 'invalid_input' } });
    expect((await t.request('/api/nothing')).body.code).toBe('not_found');
    expect((await t.request('/api/auth/login')).status).toBe(405);
  });

  it('throttles sign-in per email and per address', async () => {
    const attempt = (email: string, password: string) =>
      t.request('/api/auth/login', { body: { email, password, deviceName: 'x' } });
    for (let index = 0; index < 3; index += 1) expect((await attempt('ana@hub.co', 'incorrecta')).status).toBe(401);
    // The right password is refused too once the email is throttled.
    const throttled = await attempt('ana@hub.co', testPassword);
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('too_many_requests');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    // Other accounts still work from this address until its own budget (8 attempts) runs out.
    expect((await attempt('admin@hub.co', testPassword)).status).toBe(200);
    // 3 + 1 + 4 = 8 recorded attempts (the refused one is not counted), so the next is refused.
    for (let index = 0; index < 4; index += 1) expect((await attempt(`nadie${index}@hub.co`, 'x')).status).toBe(401);
    expect((await attempt('admin@hub.co', testPassword)).status).toBe(429);
  });

  it('lets only admins revoke other users\' devices and refuses unknown origins', async () => {
    const ana = await t.login('ana@hub.co');
    const admin = await t.login('admin@hub.co');
    expect((await t.request(`/api/devices/${admin.deviceId}/revoke`, { method: 'POST', token: ana.accessToken })).status).toBe(404);
    expect((await t.request(`/api/devices/${admin.deviceId}/revoke`, { method: 'POST' })).status).toBe(401);
    const listed = await t.request('/api/devices', { token: admin.accessToken });
    expect(listed.body.devices).toHaveLength(2);
    expect(listed.body.devices[0]).not.toHaveProperty('refreshHash');
    const foreign = await t.request('/api/health', { headers: { origin: 'https://evil.example' } });
    expect(foreign).toMatchObject({ status: 403, body: { code: 'origin_refused' } });
  });
});
