import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApiClient } from '../../shared/rpc/client';
import { decodeFrame, encodeFrame } from '../../shared/rpc/wire';
import { Engine } from '../engine';
import { tempDataDir } from '../testing/harness';
import { startWebServer, type WebServer } from './server';

describe('browser-mode server', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let engine: Engine;
  let server: WebServer;
  beforeEach(async () => {
    folder = tempDataDir();
    const staticDir = join(folder.dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Minga</title>');
    engine = new Engine({ dataDir: join(folder.dir, 'data'), owner: 'test', backupIntervalMs: 0, log: () => undefined }).start();
    server = await startWebServer({ engine, staticDir });
  });
  afterEach(async () => {
    await server.close();
    engine.close();
    folder.remove();
  });

  const open = (headers: Record<string, string> = {}) =>
    new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(`${server.url.replace('http', 'ws')}api`, { headers });
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
      socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    });

  it('serves the renderer with a content security policy, only on loopback host names', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const port = new URL(server.url).port;
    // fetch() will not send a forged Host header, so ask with node:http directly.
    const rebindingStatus = await new Promise<number | undefined>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/', headers: { host: `evil.example:${port}` } }, (response) => {
        response.resume();
        resolve(response.statusCode);
      }).on('error', reject).end();
    });
    expect(rebindingStatus).toBe(421);
    const traversal = await fetch(`${server.url}..%2f..%2fdata%2fminga.sqlite`);
    expect(await traversal.text()).toContain('<title>Minga</title>');
  });

  it('carries the contract over the WebSocket', async () => {
    const socket = await open({ origin: server.url.replace(/\/$/, '') });
    const api = createApiClient(
      {
        post: (frame) => socket.send(frame as Uint8Array),
        on: (listener) => socket.on('message', (data) => listener(new Uint8Array(data as Buffer))),
        serialize: encodeFrame,
        deserialize: (data) => decodeFrame(data as Uint8Array),
      },
      {},
    );
    const created = await api.createExercise({ title: 'Por WebSocket' });
    expect((await api.getExercise({ id: created.id })).title).toBe('Por WebSocket');
    socket.close();
  });

  it('refuses a WebSocket from another web origin', async () => {
    await expect(open({ origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
  });

  it('closes only the connection that sends a malformed frame', async () => {
    const good = await open();
    const bad = await open();
    const closed = new Promise<number>((resolve) => bad.once('close', (code) => resolve(code)));
    bad.send(Buffer.from([0xc1, 0xff, 0x00]));
    expect(await closed).toBe(1003);
    const replies: unknown[] = [];
    good.on('message', (data) => replies.push(decodeFrame(new Uint8Array(data as Buffer))));
    good.send(encodeFrame({ t: 'q', i: '1', m: 'listExercises', a: [{}] }));
    await expect.poll(() => replies.length).toBe(1);
    expect(replies[0]).toMatchObject({ t: 's', i: '1', r: { ok: true, value: [] } });
    good.close();
  });
});
