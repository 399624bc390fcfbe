import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HubStartupError } from '../../errors';
import { freePort } from '../../testing/processes';
import { startTestPostgres, type TestPostgres } from '../../testing/postgresServer';
import { openPostgresHubStore } from './store';

/** What only PostgreSQL has: several instances on one database, migrations across versions, unreachable servers. */
describe('PostgreSQL hub store', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startTestPostgres();
  });
  afterAll(() => server.stop());

  it('lets two instances append to one document and compact it at once without losing an update', async () => {
    const url = await server.newDatabase();
    const [one, two] = await Promise.all([openPostgresHubStore(url), openPostgresHubStore(url)]);
    try {
      const user = await one.accounts.addUser({ email: 'ana@hub.co', role: 'admin', passwordHash: 'h' });
      await one.accounts.ensureExercise('ex-1', user.id);
      await one.documents.claim({ name: 'board:b1', kind: 'board', exerciseId: 'ex-1', createdBy: user.id });
      const writers = [new Y.Doc(), new Y.Doc()];
      const appends: Promise<unknown>[] = [];
      for (let index = 0; index < 40; index += 1) {
        const doc = writers[index % 2]!;
        const store = index % 2 === 0 ? one : two;
        let bytes: Uint8Array | undefined;
        doc.once('update', (update: Uint8Array) => {
          bytes = update;
        });
        doc.getMap('board').set(`k${index}`, index);
        appends.push(store.documents.append('board:b1', bytes!));
        if (index % 10 === 9) appends.push(one.documents.compact('board:b1'), two.documents.compact('board:b1'));
      }
      await Promise.all(appends);
      await two.documents.compact('board:b1');
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await one.documents.load('board:b1'))!);
      expect(Object.keys(doc.getMap('board').toJSON())).toHaveLength(40);
      expect(await one.documents.record('board:b1')).toMatchObject({ lastSeq: 40, snapshotSeq: 40 });
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('migrates once when instances start together, and refuses a database from a newer Minga untouched', async () => {
    const url = await server.newDatabase();
    const stores = await Promise.all([openPostgresHubStore(url), openPostgresHubStore(url), openPostgresHubStore(url)]);
    const { rows } = await stores[0]!.pool.query('SELECT version FROM schema_migrations');
    expect(rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }]);
    await stores[0]!.pool.query(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from-the-future', now())`);
    await Promise.all(stores.map((store) => store.close()));
    const refused = openPostgresHubStore(url);
    await expect(refused).rejects.toBeInstanceOf(HubStartupError);
    await expect(refused).rejects.toThrow(/schema version 99, newer than this Minga supports \(4\)/);
  });

  it('says clearly when the database cannot be reached or does not exist', async () => {
    const port = await freePort();
    const nobody = openPostgresHubStore(`postgres://minga:secret@127.0.0.1:${port}/minga`, { connectTimeoutMs: 2_000 });
    await expect(nobody).rejects.toBeInstanceOf(HubStartupError);
    await expect(nobody).rejects.toThrow(`Cannot use the PostgreSQL database postgres://minga:***@127.0.0.1:${port}/minga: nothing answers`);
    const missing = openPostgresHubStore(`postgres://postgres@127.0.0.1:${server.port}/no_such_database`);
    await expect(missing).rejects.toThrow(/the database does not exist/);
  });
});
