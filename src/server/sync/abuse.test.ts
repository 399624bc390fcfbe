import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { newDocument, startTestHub, waitUntil, type TestHub } from '../testing/hubHarness';

const maxMessageBytes = 64 * 1024;

/** A frame: varString address, varUint type, then whatever body. */
function frame(address: string, type: number, body: number[] = []): Buffer {
  const name = Buffer.from(address);
  return Buffer.from([name.length, ...name, type, ...body]);
}

/** What a hostile or broken client sends; each one closes its socket and nothing else. */
const hostile: ((index: number) => { data: Buffer | string; binary: boolean })[] = [
  (index) => ({ data: Buffer.from(Array.from({ length: 16 }, (_, at) => (index * 31 + at * 7) % 256)), binary: true }),
  () => ({ data: 'hola, soy texto', binary: false }),
  () => ({ data: Buffer.alloc(maxMessageBytes + 1, 1), binary: true }),
  () => ({ data: frame('exercise:ex-1', 6, [3, 65, 66, 67]), binary: true }), // BroadcastStateless: server-internal
  () => ({ data: frame('exercise:ex-1', 0, [2, 5, 0xff, 0xff, 0xff, 0xff, 0xff]), binary: true }), // garbage Yjs update
  () => ({ data: frame('exercise:ex-1', 2, [0, 200]), binary: true }), // truncated auth token
  () => ({ data: frame('exercise:../../etc', 0, [0, 0]), binary: true }), // not a document name
  () => ({ data: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), binary: true }), // endless varint
];

const frames = 10_000;

describe('hostile frames', () => {
  let t: TestHub;
  beforeAll(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    t = await startTestHub({ maxMessageBytes, connectionsPerAddress: { limit: 20_000, windowMs: 60_000 } });
    await t.addUser('ana@hub.co', 'facilitator');
    await t.addUser('coord@hub.co', 'coordinator');
  });
  afterAll(async () => {
    await t.close();
    vi.restoreAllMocks();
  });

  it('closes only the offending socket, 10,000 times, while another client keeps syncing', async () => {
    const writer = await t.open('exercise:ex-1', (await t.login('ana@hub.co')).accessToken, newDocument('exercise'));
    const reader = await t.open('exercise:ex-1', (await t.login('coord@hub.co')).accessToken);
    let closes = 0;
    const closeCodes = new Set<number>();
    let next = 0;
    // Twenty hostile clients at once, each sending frame after frame on a fresh socket, while the
    // writer keeps editing: the hub must drop each offender and keep serving the others.
    const attacker = async () => {
      for (let index = next++; index < frames; index = next++) {
        const socket = new WebSocket(t.hub.syncUrl);
        socket.on('error', () => undefined);
        await new Promise<void>((resolve, reject) => {
          socket.once('open', () => resolve());
          socket.once('close', () => reject(new Error('closed before opening')));
        });
        const closed = new Promise<void>((resolve) => socket.once('close', (code) => {
          closes += 1;
          closeCodes.add(code);
          resolve();
        }));
        const { data, binary } = hostile[index % hostile.length]!(index);
        socket.send(data, { binary });
        await closed;
        if (index % 500 === 0) writer.doc.getMap('exercise').set(`edit-${index}`, index);
      }
    };
    await Promise.all(Array.from({ length: 20 }, attacker));
    expect(closes).toBe(frames);
    // 1003 for refused frames, 1009 for the oversized ones, 1006 when the hub had to cut a peer.
    expect([...closeCodes].every((code) => [1003, 1006, 1009].includes(code))).toBe(true);

    await writer.settled();
    await waitUntil(() => reader.doc.getMap('exercise').get('edit-9500') === 9_500, 'the reader to receive every edit');
    const stored = (await t.stored('exercise:ex-1'))!.getMap('exercise');
    for (let index = 0; index < frames; index += 500) expect(stored.get(`edit-${index}`)).toBe(index);
    expect(t.hub.sync.hocuspocus.getConnectionsCount()).toBe(2);
    expect((await t.request('/api/health')).status).toBe(200);
  });

  it('refuses WebSockets from origins not on the allowlist, and other paths', async () => {
    const attempt = (url: string, origin?: string) => new Promise<number>((resolve) => {
      const ws = new WebSocket(url, origin ? { origin } : {});
      ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      ws.on('open', () => {
        ws.close();
        resolve(101);
      });
      ws.on('error', () => undefined);
    });
    expect(await attempt(t.hub.syncUrl, 'https://evil.example')).toBe(403);
    expect(await attempt(t.hub.syncUrl.replace('/sync', '/other'))).toBe(404);
    expect(await attempt(t.hub.syncUrl)).toBe(101);
    expect(await attempt(t.hub.syncUrl, t.hub.url)).toBe(101);
  });
});
