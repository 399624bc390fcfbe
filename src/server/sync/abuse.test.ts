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

describe('hostile frames', () => {
  let t: TestHub;
  beforeAll(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    t = await startTestHub({ maxMessageBytes, connectionsPerAddress: { limit: 5_000, windowMs: 60_000 } });
    await t.addUser('ana@hub.co', 'facilitator');
    await t.addUser('coord@hub.co', 'coordinator');
  });
  afterAll(async () => {
    await t.close();
    vi.restoreAllMocks();
  });

  it('closes only the offending socket, 1,000 times, while another client keeps syncing', async () => {
    const writer = await t.open('exercise:ex-1', (await t.login('ana@hub.co')).accessToken, newDocument('exercise'));
    const reader = await t.open('exercise:ex-1', (await t.login('coord@hub.co')).accessToken);
    let socket: WebSocket | undefined;
    let closes = 0;
    const closeCodes = new Set<number>();
    for (let index = 0; index < 1_000; index += 1) {
      if (!socket || socket.readyState !== WebSocket.OPEN) {
        socket = new WebSocket(t.hub.syncUrl);
        await new Promise<void>((resolve, reject) => {
          socket!.once('open', () => resolve());
          socket!.once('error', reject);
        });
      }
      const current = socket;
      const closed = new Promise<void>((resolve) => current.once('close', (code) => {
        closes += 1;
        closeCodes.add(code);
        resolve();
      }));
      current.on('error', () => undefined);
      const { data, binary } = hostile[index % hostile.length]!(index);
      current.send(data, { binary });
      await closed;
      if (index % 50 === 0) writer.doc.getMap('exercise').set(`edit-${index}`, index);
    }
    expect(closes).toBe(1_000);
    // 1003 for refused frames, 1009 for the oversized ones, 1006 when the hub had to cut a peer.
    expect([...closeCodes].every((code) => [1003, 1006, 1009].includes(code))).toBe(true);

    await writer.settled();
    await waitUntil(() => reader.doc.getMap('exercise').get('edit-950') === 950, 'the reader to receive every edit');
    const stored = (await t.stored('exercise:ex-1'))!.getMap('exercise');
    for (let index = 0; index < 1_000; index += 50) expect(stored.get(`edit-${index}`)).toBe(index);
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
