import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The same policy as the desktop window, plus the WebSocket back to this server. */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self' ws: wss:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Serves the built renderer. Paths are resolved inside `root` only; anything else, and any
 * unknown route, gets index.html (the renderer routes by hash, so this is only a fallback).
 */
export function serveStatic(root: string, request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
  } catch {
    response.writeHead(400).end();
    return;
  }
  let file = join(root, relative);
  if (!file.startsWith(root + sep) && file !== root) file = join(root, 'index.html');
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) file = join(file, 'index.html');
    size = statSync(file).size;
  } catch {
    file = join(root, 'index.html');
    try {
      size = statSync(file).size;
    } catch {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Minga: the interface has not been built. Run `npm run build` first.\n');
      return;
    }
  }
  const isHtml = extname(file) === '.html';
  response.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'content-length': size,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
    ...(isHtml ? { 'content-security-policy': contentSecurityPolicy() } : {}),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}
