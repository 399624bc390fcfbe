import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppApi, ClientEvents } from '../../shared/contract';
import { createApiClient } from '../../shared/rpc/client';
import { Engine, type EngineOptions } from '../engine';
import { memoryChannelPair } from '../rpc/memoryChannel';
import { serveChannel } from '../rpc/serve';

export function tempDataDir(prefix = 'minga-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An engine on a throwaway folder, with as many API clients as a test needs. */
export function startTestEngine(dataDir: string, options: Partial<EngineOptions> = {}) {
  const engine = new Engine({ dataDir, owner: 'test', backupIntervalMs: 0, projectionDelayMs: 20, log: () => undefined, ...options }).start();
  const served: { close(): void }[] = [];
  const client = (events: Partial<ClientEvents> = {}): AppApi => {
    const [clientEnd, coreEnd] = memoryChannelPair();
    served.push(serveChannel(engine, coreEnd));
    return createApiClient(clientEnd, events);
  };
  return {
    engine,
    client,
    close() {
      for (const session of served) session.close();
      engine.close();
    },
  };
}
