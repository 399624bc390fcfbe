import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../core/testing/harness';
import { startHub } from '../../server/hub';
import { freePort } from '../../server/testing/processes';
import { startTestPostgres, type TestPostgres } from '../../server/testing/postgresServer';
import { main } from '../main';
import { hub } from './hub';
import { capture } from '../testing/capture';

describe('minga hub administration', () => {
  let folder: ReturnType<typeof tempDataDir>;
  beforeEach(() => {
    folder = tempDataDir('minga-hub-cli-');
  });
  afterEach(() => folder.remove());

  const io = (password: string) => ({ readPassword: async () => password });

  it('adds, lists, assigns and disables accounts — while the hub runs', async () => {
    const running = await startHub({ dataDir: folder.dir, port: 0, log: () => undefined });
    try {
      await capture(() => hub(['users', 'add', '--email', 'ana@hub.co', '--role', 'facilitator', '--data', folder.dir], io('una clave larga')));
      await capture(() => hub(['assign', '--email', 'ana@hub.co', '--exercise', 'ex-1', '--data', folder.dir], io('')));
      const listed = await capture(() => main(['hub', 'users', 'list', '--json', '--data', folder.dir]));
      expect(listed.result).toBe(0);
      expect(JSON.parse(listed.out).users).toEqual([
        expect.objectContaining({ email: 'ana@hub.co', role: 'facilitator', disabled: false, exercises: ['ex-1'] }),
      ]);
      // The running hub sees the new account at once.
      const login = await fetch(`${running.url}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ana@hub.co', password: 'una clave larga', deviceName: 'cli test' }),
      });
      expect(login.status).toBe(200);
      const disabled = await capture(() => main(['hub', 'users', 'disable', '--email', 'ana@hub.co', '--data', folder.dir]));
      expect(disabled.out).toContain('Disabled ana@hub.co.');
      const refused = await fetch(`${running.url}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ana@hub.co', password: 'una clave larga', deviceName: 'cli test' }),
      });
      expect(refused.status).toBe(401);
    } finally {
      await running.close();
    }
  });

  it('explains bad usage and refuses short passwords or duplicates', async () => {
    const badRole = await capture(() => main(['hub', 'users', 'add', '--email', 'a@hub.co', '--role', 'jefe', '--data', folder.dir]));
    expect(badRole.result).toBe(2);
    expect(badRole.err).toContain('--role');
    const missing = await capture(() => main(['hub', 'assign', '--email', 'a@hub.co', '--data', folder.dir]));
    expect(missing.result).toBe(2);
    expect(missing.err).toContain('--exercise: is required');
    expect((await capture(() => main(['hub', 'users', 'rename', '--data', folder.dir]))).result).toBe(2);
    await expect(hub(['users', 'add', '--email', 'a@hub.co', '--role', 'admin', '--data', folder.dir], io('corta'))).rejects.toThrow(/at least 10/);
    await capture(() => hub(['users', 'add', '--email', 'a@hub.co', '--role', 'admin', '--data', folder.dir], io('una clave larga')));
    await expect(hub(['users', 'add', '--email', 'A@hub.co', '--role', 'admin', '--data', folder.dir], io('una clave larga'))).rejects.toThrow(/already exists/);
    const unknown = await capture(() => main(['hub', 'assign', '--email', 'x@hub.co', '--exercise', 'e', '--data', folder.dir]));
    expect(unknown.result).toBe(1);
    expect(unknown.err).toContain('no account for x@hub.co');
  });
});

describe('minga hub on PostgreSQL', () => {
  let postgres: TestPostgres;
  beforeAll(async () => {
    postgres = await startTestPostgres();
  });
  afterAll(() => postgres.stop());

  it('administers accounts with --database while a hub runs on the same database', async () => {
    const database = await postgres.newDatabase();
    const running = await startHub({ databaseUrl: database, port: 0, log: () => undefined });
    try {
      const io = { readPassword: async () => 'una clave larga' };
      const added = await capture(() => hub(['users', 'add', '--email', 'ana@hub.co', '--role', 'facilitator', '--database', database], io));
      expect(added.out).toContain('Added facilitator ana@hub.co');
      await capture(() => hub(['assign', '--email', 'ana@hub.co', '--exercise', 'ex-1', '--database', database], io));
      const listed = await capture(() => main(['hub', 'users', 'list', '--json', '--database', database]));
      expect(JSON.parse(listed.out).users).toEqual([expect.objectContaining({ email: 'ana@hub.co', exercises: ['ex-1'] })]);
      const signIn = () => fetch(`${running.url}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ana@hub.co', password: 'una clave larga', deviceName: 'cli test' }),
      });
      expect((await signIn()).status).toBe(200);
      await capture(() => main(['hub', 'users', 'disable', '--email', 'ana@hub.co', '--database', database]));
      expect((await signIn()).status).toBe(401);
    } finally {
      await running.close();
    }
  });

  it('checks every storage flag and URL before starting', async () => {
    const cases: [string[], string][] = [
      [['--data', '/tmp/x', '--database', 'postgres://h/db'], '--database: cannot be used with --data'],
      [['--database', 'mysql://h/db'], '--database: must be a URL like postgres://'],
      [['--database', 'postgres://'], '--database: must be a URL like postgres://'],
      [['--redis', 'redis://127.0.0.1:6379'], '--redis: needs --database'],
      [['--database', 'postgres://h/db', '--redis', 'http://h'], '--redis: must be a URL like redis://'],
      [['users', 'list', '--database', 'postgres://h/db', '--redis', 'redis://h'], '--redis belongs to `minga hub` itself'],
    ];
    for (const [argv, message] of cases) {
      const result = await capture(() => main(['hub', ...argv]));
      expect(result.result, argv.join(' ')).toBe(2);
      expect(result.err).toContain(message);
    }
  });

  it('fails with a clear message, and no stack, when PostgreSQL or Redis cannot be reached', async () => {
    const port = await freePort();
    const nowhere = `postgres://minga:secreto@127.0.0.1:${port}/minga`;
    for (const argv of [['--database', nowhere, '--port', '0'], ['users', 'list', '--database', nowhere]]) {
      const result = await capture(() => main(['hub', ...argv]));
      expect(result.result).toBe(1);
      expect(result.err).toBe(`Cannot use the PostgreSQL database postgres://minga:***@127.0.0.1:${port}/minga: nothing answers at that address (connection refused); is PostgreSQL running there?`);
    }
    const database = await postgres.newDatabase();
    const noRedis = await capture(() => main(['hub', '--database', database, '--redis', `redis://127.0.0.1:${port}`, '--port', '0']));
    expect(noRedis.result).toBe(1);
    expect(noRedis.err).toMatch(new RegExp(`^Cannot reach Redis at redis://127.0.0.1:${port}: .*ECONNREFUSED`));
    expect(noRedis.err).not.toContain('    at ');
  });
});
