import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Hocuspocus } from '@hocuspocus/server';
import type { Throttle } from '../auth/throttle';
import type { SyncContext } from './context';
import { checkFrame } from './frames';

export interface SyncSocketOptions {
  hocuspocus: Hocuspocus<SyncContext>;
  path: string;
  /** Largest frame accepted; a bigger one closes its socket (1009). */
  maxMessageBytes: number;
  originAllowed: (origin: string | undefined) => boolean;
  connectionThrottle: Throttle;
  clientAddress: (request: IncomingMessage) => string;
}

/**
 * The WebSocket side of the hub, on the same port as the HTTP API. Every upgrade is checked
 * (path, Origin allowlist, connection attempts per address) before a socket exists, and every
 * frame is checked (see frames.ts) before Hocuspocus reads it.
 */
export function attachSyncSocket(server: Server, options: SyncSocketOptions): { close(): void } {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });

  const refuse = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const url = new URL(request.url ?? '/', 'http://hub.invalid');
    if (url.pathname !== options.path) return refuse(socket, '404 Not Found');
    if (!options.originAllowed(request.headers.origin)) return refuse(socket, '403 Forbidden');
    const address = options.clientAddress(request);
    if (options.connectionThrottle.retryAfter(address) > 0) return refuse(socket, '429 Too Many Requests');
    options.connectionThrottle.record(address);
    sockets.handleUpgrade(request, socket, head, (ws) => connect(ws, request, url));
  });

  function connect(ws: WebSocket, request: IncomingMessage, url: URL): void {
    // Hocuspocus reads headers and query parameters from a fetch Request; only harmless ones are copied.
    const headers = new Headers();
    for (const name of ['origin', 'user-agent']) {
      const value = request.headers[name];
      if (typeof value === 'string') headers.set(name, value);
    }
    const client = options.hocuspocus.handleConnection(ws, new Request(url, { headers }));
    let refused = false;
    ws.on('message', (data, isBinary) => {
      if (refused) return;
      const frame = toBytes(data);
      const verdict = isBinary ? checkFrame(frame) : 'malformed';
      if (verdict === 'malformed') {
        // This socket only; a peer that ignores the close is cut off shortly after.
        refused = true;
        ws.close(1003, 'malformed frame');
        setTimeout(() => ws.terminate(), 1_000).unref();
        return;
      }
      if (verdict === 'forward') client.handleMessage(frame);
    });
    ws.on('close', (code, reason) => client.handleClose({ code, reason: reason.toString() }));
    ws.on('error', () => ws.terminate());
  }

  return {
    close() {
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
    },
  };
}

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
