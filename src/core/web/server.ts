import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { maxAssetBytes } from '../../shared/contract/assets';
import { maxArchiveBytes } from '../../shared/contract/archive';
import { limits } from '../../shared/domain/limits';
import { decodeFrame, encodeFrame } from '../../shared/rpc/wire';
import type { Engine } from '../engine';
import { serveChannel } from '../rpc/serve';
import { serveStatic } from './staticFiles';

export interface WebServerOptions {
  engine: Engine;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  host?: string;
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Browser mode: the renderer over HTTP and the core's contract over a WebSocket at /api, on
 * the loopback interface only. The Host and Origin checks keep other web pages (and DNS
 * rebinding) from driving the local engine.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    if (!hostAllowed(request, port())) {
      response.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('Misdirected request\n');
      return;
    }
    serveStatic(options.staticDir, request, response);
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: Math.max(limits.updateBytes, maxAssetBytes, maxArchiveBytes) + 64 * 1024 });
  const port = () => (server.address() as AddressInfo).port;

  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/api' || !hostAllowed(request, port()) || !originAllowed(request, port())) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => connect(options.engine, ws));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const url = `http://${host}:${port()}/`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function connect(engine: Engine, ws: WebSocket): void {
  let receive: ((data: unknown) => void) | undefined;
  const served = serveChannel(engine, {
    post: (message) => {
      if (ws.readyState === ws.OPEN) ws.send(encodeFrame(message));
    },
    on: (listener) => {
      receive = listener;
    },
  });
  ws.on('message', (data, isBinary) => {
    let message: unknown;
    try {
      if (!isBinary) throw new Error('text frame');
      message = decodeFrame(data as Buffer);
    } catch {
      // A malformed frame closes this connection only.
      ws.close(1003, 'malformed frame');
      return;
    }
    receive?.(message);
  });
  ws.on('close', () => served.close());
  ws.on('error', () => ws.terminate());
}

const loopbackNames = ['127.0.0.1', 'localhost', '[::1]'];

function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host ?? '';
  return loopbackNames.some((name) => host === `${name}:${port}`);
}

function originAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  // Non-browser clients (the command line, tests) send no Origin; browsers always do.
  if (origin === undefined) return true;
  return loopbackNames.some((name) => origin === `http://${name}:${port}`);
}
