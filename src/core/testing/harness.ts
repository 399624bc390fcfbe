import * as Y from 'yjs';
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

/**
 * A document's content for comparing two copies. A copy decoded from storage knows its root
 * types only once something reads them (until then `toJSON` shows them as undefined), so this
 * decodes the state afresh and reads each root as what its content is: a map when it has keys,
 * an array when it has items; empty roots are left out on both sides.
 */
export function documentContent(doc: Y.Doc): Record<string, unknown> {
  const fresh = new Y.Doc();
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
  const content: Record<string, unknown> = {};
  for (const [name, type] of [...fresh.share]) {
    if (type._map.size > 0) content[name] = fresh.getMap(name).toJSON();
    else if (type._start !== null) content[name] = fresh.getArray(name).toJSON();
  }
  fresh.destroy();
  return content;
}
