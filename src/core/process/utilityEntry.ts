/**
 * The core inside the desktop app: an Electron utilityProcess, so SQLite never blocks the
 * window process. Main sends one MessagePort per window; each becomes a session. This file
 * uses only `process.parentPort`, which Electron provides, so it imports nothing from Electron.
 */
import { Engine } from '../engine';
import { serveChannel } from '../rpc/serve';
import { defaultDataDir } from '../paths';

interface PortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  on(event: 'close', listener: () => void): void;
  start(): void;
}
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown; ports: PortLike[] }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) {
  console.error('minga core: this entry runs inside an Electron utilityProcess; use `minga serve` in Node.');
  process.exit(1);
}

const engine = new Engine({
  dataDir: process.env.MINGA_DATA_DIR ?? defaultDataDir(),
  owner: 'desktop',
  ...(process.env.MINGA_SQLITE_BINDING ? { nativeBinding: process.env.MINGA_SQLITE_BINDING } : {}),
});
try {
  engine.start();
  parentPort.postMessage({ type: 'ready', state: engine.state });
} catch (error) {
  parentPort.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(2);
}

const shutdown = () => {
  engine.close();
  process.exit(0);
};

parentPort.on('message', (event) => {
  const message = event.data as { type?: string } | undefined;
  // Main asks for a clean stop on quit, so the store is flushed and the folder released.
  if (message?.type === 'shutdown') return shutdown();
  if (message?.type !== 'connect' || !event.ports[0]) return;
  const port = event.ports[0];
  let receive: ((data: unknown) => void) | undefined;
  const served = serveChannel(engine, {
    post: (data) => port.postMessage(data),
    on: (listener) => {
      receive = listener;
    },
  });
  port.on('message', (messageEvent) => receive?.(messageEvent.data));
  port.on('close', () => served.close());
  port.start();
});

process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
