import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestPostgres, type TestPostgres } from '../testing/postgresServer';
import { startTestRedis, type TestRedis } from '../testing/redisServer';
import { newDocument, startTestHub, waitUntil, type TestHub } from '../testing/hubHarness';
import { editHubDocument } from './hubDocuments';

/** Several hub instances behind a load balancer: one PostgreSQL, one Redis, clients on either. */
describe('two hubs sharing PostgreSQL and Redis', () => {
  let postgres: TestPostgres;
  let redis: TestRedis;
  let one: TestHub;
  let two: TestHub;
  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startTestPostgres(), startTestRedis()]);
    const shared = { databaseUrl: await postgres.newDatabase(), redisUrl: redis.url };
    one = await startTestHub(shared);
    two = await startTestHub(shared);
  });
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()]);
    await Promise.all([postgres?.stop(), redis?.stop()]);
  });

  it('gives each instance its own Redis identity and accepts one hub\'s tokens on the other', async () => {
    expect(one.hub.redisIdentifier).toBeTruthy();
    expect(one.hub.redisIdentifier).not.toBe(two.hub.redisIdentifier);
    await one.addUser('ana@hub.co', 'facilitator');
    const ana = await one.login('ana@hub.co');
    expect((await two.request('/api/me', { token: ana.accessToken })).status).toBe(200);
    // A refresh on the other instance rotates the same device.
    expect((await two.request('/api/auth/refresh', { body: { refreshToken: ana.refreshToken } })).status).toBe(200);
    expect((await one.request('/api/auth/refresh', { body: { refreshToken: ana.refreshToken } })).body.code).toBe('token_reused');
  });

  it('lets a client on each hub edit the same board live; both converge, and so does the store', async () => {
    await one.addUser('beto@hub.co', 'facilitator');
    await one.addUser('caro@hub.co', 'admin');
    const beto = await one.login('beto@hub.co');
    const caro = await two.login('caro@hub.co');
    const onOne = await one.open('board:b1', beto.accessToken, newDocument('board', { exerciseId: 'ex-1', workshopId: 'ws-1' }, 'Ideas'));
    await onOne.settled();
    const onTwo = await two.open('board:b1', caro.accessToken);
    expect(onTwo.outcome).toBe('read-write');
    expect(onTwo.doc.getMap('board').get('title')).toBe('Ideas');

    // Both write at once, to separate keys and to the same ones.
    for (let index = 0; index < 60; index += 1) {
      onOne.doc.getMap('board').set(`one-${index}`, index);
      onTwo.doc.getMap('board').set(`two-${index}`, index);
      if (index % 10 === 0) {
        onOne.doc.getMap('board').set('shared', `one-${index}`);
        onTwo.doc.getMap('board').set('shared', `two-${index}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    await Promise.all([onOne.settled(), onTwo.settled()]);
    const same = () => isDeepStrictEqual(onOne.doc.getMap('board').toJSON(), onTwo.doc.getMap('board').toJSON());
    await waitUntil(same, 'the two clients to converge', 10_000);
    const board = onOne.doc.getMap('board').toJSON();
    expect(Object.keys(board).filter((key) => /^(one|two)-/.test(key))).toHaveLength(120);
    expect(Y.encodeStateVector(onOne.doc)).toEqual(Y.encodeStateVector(onTwo.doc));
    // Both hubs hold the same document, and the store holds everything either acknowledged.
    const inMemory = [one, two].map((t) => t.hub.sync.hocuspocus.documents.get('board:b1')!);
    expect(Y.encodeStateVector(inMemory[0]!)).toEqual(Y.encodeStateVector(inMemory[1]!));
    expect((await one.stored('board:b1'))!.getMap('board').toJSON()).toEqual(board);
  });

  it('brings a hub that opens a document late up to date from the other, and a newcomer on it too', async () => {
    await one.addUser('dani@hub.co', 'admin');
    const dani = await one.login('dani@hub.co');
    const writer = await one.open('board:b2', dani.accessToken, newDocument('board', { exerciseId: 'ex-2', workshopId: 'ws-2' }));
    for (let index = 0; index < 20; index += 1) writer.doc.getMap('board').set(`k${index}`, index);
    await writer.settled();
    const late = await two.open('board:b2', dani.accessToken);
    expect(late.doc.getMap('board').get('k19')).toBe(19);
    late.doc.getMap('board').set('from-two', true);
    await waitUntil(() => writer.doc.getMap('board').get('from-two') === true, 'the edit on hub two to reach hub one\'s client');
  });

  it('sends a hub-owned document edited on one hub to a client reading it on the other', async () => {
    const coord = await one.addUser('coord@hub.co', 'coordinator');
    await one.addUser('eva@hub.co', 'facilitator');
    const eva = await two.login('eva@hub.co');
    const edit = (title: string) => editHubDocument({ hocuspocus: one.hub.sync.hocuspocus, documents: one.documents }, 'directory:entities', coord,
      (doc) => doc.getMap('entries').set('e1', { title }));
    await edit('primera');
    const reader = await two.open('directory:entities', eva.accessToken);
    expect(reader.outcome).toBe('readonly');
    expect(reader.doc.getMap('entries').get('e1')).toEqual({ title: 'primera' });
    // Hub one has no client on it; its edit still reaches hub two's reader through Redis.
    await edit('segunda');
    await waitUntil(() => (reader.doc.getMap('entries').get('e1') as { title?: string } | undefined)?.title === 'segunda', 'the edit to cross to hub two');
    expect((await two.stored('directory:entities'))!.getMap('entries').get('e1')).toEqual({ title: 'segunda' });
  });
});
