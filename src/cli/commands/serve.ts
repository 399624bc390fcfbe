import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { startWebServer } from '../../core/web/server';
import { dataDirOption, parseCommand, portOption } from '../args';
import { openEngine } from '../openEngine';

export const serveHelp = 'minga serve [--data DIR] [--port N]   browser mode on 127.0.0.1; prints its URL';

/** The built renderer sits beside the bundled command line: out/main/cli.js -> out/renderer. */
export function rendererDir(): string {
  return process.env.MINGA_RENDERER_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
}

export async function serve(argv: string[]): Promise<void> {
  const args = parseCommand(argv, { port: { type: 'string' } }, z.object({ data: dataDirOption, port: portOption }));
  const engine = openEngine(args.data, 'serve', { allowBroken: true, rendererDir: rendererDir() });
  const server = await startWebServer({ engine, staticDir: rendererDir(), port: args.port ?? 5190 });
  if (engine.state.state !== 'ready') {
    console.error(`Warning: the store cannot be used (${engine.state.state}). Open the URL to restore a backup.`);
  }
  console.log(`Minga is running at ${server.url}`);
  console.log(`Data folder: ${args.data}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    engine.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
