import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readHubLink } from '../../core/sync/hubLink';
import { startTestEngine, tempDataDir } from '../../core/testing/harness';
import { startTestHub, testPassword, type TestHub } from '../../server/testing/hubHarness';
import { main } from '../main';
import { CliFailure } from '../openEngine';
import { login } from './sync';
import { capture } from '../testing/capture';

describe('minga login and minga sync', () => {
  let hub: TestHub;
  let folder: ReturnType<typeof tempDataDir>;
  beforeEach(async () => {
    hub = await startTestHub();
    await hub.addUser('ana@example.org', 'facilitator');
    folder = tempDataDir('minga-sync-cli-');
  });
  afterEach(async () => {
    folder.remove();
    await hub.close();
  });
  const password = (value: string) => ({ readPassword: async () => value });
  const signIn = (value = testPassword) => capture(() => login(['--hub', hub.hub.url, '--email', 'ana@example.org', '--data', folder.dir], password(value)));

  it('signs in without printing the token, syncs with a one-line summary, and fails with 4 once the device is revoked', async () => {
    const signedIn = await signIn();
    expect(signedIn.out).toMatch(/^Signed in to http:\/\/127\.0\.0\.1:\d+ as ana@example\.org \(facilitator\)/);
    const [device] = await hub.hub.store.devices.list();
    expect(signedIn.out).toContain(device!.id);

    const app = startTestEngine(folder.dir);
    expect(signedIn.out).not.toContain(readHubLink(app.engine.store!.db)!.refreshToken);
    const exercise = await app.client().createExercise({ title: 'Desde la línea de órdenes' });
    // While the app holds the folder, sync refuses to run, like every other command.
    const busy = await capture(() => main(['sync', '--data', folder.dir]));
    expect(busy.result).toBe(1);
    expect(busy.err).toContain('already in use');
    app.close();

    const synced = await capture(() => main(['sync', '--data', folder.dir]));
    expect(synced.err).toBe('');
    expect(synced.result).toBe(0);
    expect(synced.out).toMatch(/^Synced with http:\/\/127\.0\.0\.1:\d+: 1 sent, 0 received, 0 refused\.$/);
    expect(await hub.stored(`exercise:${exercise.id}`)).toBeDefined();
    // The app, opened afterwards, counts nothing as pending: the command line's round was recorded.
    const reopened = startTestEngine(folder.dir);
    expect((await reopened.client().getSyncStatus({})).pendingChanges).toBe(0);
    reopened.close();

    await hub.hub.store.devices.revoke(device!.id);
    const revoked = await capture(() => main(['sync', '--data', folder.dir]));
    expect(revoked.result).toBe(4);
    expect(revoked.err).toMatch(/no longer signed in.*minga login/s);
    expect(revoked.err).not.toMatch(/\n\s+at /);
  });

  it('refuses a wrong password with exit code 4 and an unreachable hub with 3', async () => {
    const wrong = await signIn('not the password').catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(CliFailure);
    expect(wrong).toMatchObject({ exitCode: 4, message: expect.stringContaining('email or password is not correct') });
    const nowhere = await capture(() => login(['--hub', 'http://127.0.0.1:9', '--email', 'ana@example.org', '--data', folder.dir], password(testPassword)))
      .catch((error: unknown) => error);
    expect(nowhere).toMatchObject({ exitCode: 3, message: expect.stringContaining('cannot be reached') });
    const notSignedIn = await capture(() => main(['sync', '--data', folder.dir]));
    expect(notSignedIn.result).toBe(4);
    expect(notSignedIn.err).toContain('minga login');
    const badUrl = await capture(() => login(['--hub', 'ftp://hub', '--email', 'ana@example.org', '--data', folder.dir], password(testPassword)))
      .catch((error: unknown) => error);
    expect(badUrl).toMatchObject({ message: expect.stringContaining('http') });
  });
});
