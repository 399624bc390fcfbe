import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { BenchNote } from './notes';

const pageDir = join(process.cwd(), 'bench', 'tldraw');
const distDir = join(process.cwd(), 'bench', 'results', 'tldraw');

const newest = (dir: string): number =>
  Math.max(0, ...readdirSync(dir).map((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? newest(path) : statSync(path).mtimeMs;
  }));

/** Builds bench/tldraw with Vite unless its output is newer than the page's sources and tldraw itself. */
export function buildTldrawPage(): void {
  const built = existsSync(join(distDir, 'index.html')) ? statSync(join(distDir, 'index.html')).mtimeMs : 0;
  const tldrawVersion = statSync(join(process.cwd(), 'node_modules', 'tldraw', 'package.json')).mtimeMs;
  if (built > Math.max(newest(pageDir), tldrawVersion)) return;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', join(pageDir, 'vite.config.ts')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('building bench/tldraw failed');
  console.log(`  built bench/tldraw in ${(performance.now() - started).toFixed(0)} ms`);
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png',
};

/** Serves the built page and the generated notes on 127.0.0.1, the way `minga serve` serves Minga. */
export async function serveTldrawPage(notes: BenchNote[]): Promise<{ url: string; close(): Promise<void> }> {
  const notesJson = JSON.stringify(notes);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/notes.json') {
      response.writeHead(200, { 'content-type': types['.json']! }).end(notesJson);
      return;
    }
    const file = normalize(join(distDir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(distDir) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
