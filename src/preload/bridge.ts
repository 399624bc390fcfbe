import { methodNames, type MethodName } from '../shared/contract';
import type { Reply } from '../shared/contract/procedure';
import type { DesktopBridge } from '../shared/rpc/bridge';
import type { CoreConnection } from './coreConnection';

/** Asks main for one of the few native things it does itself (see src/main/ipcGuard.ts). */
export type InvokeMain = (channel: string, ...args: unknown[]) => Promise<unknown>;

/**
 * Builds `window.minga`: one named method per API call, the core events, and the native
 * extras. Nothing here hands the page an ipcRenderer, a port or any other raw channel.
 */
export function createDesktopBridge(connection: CoreConnection, invokeMain: InvokeMain, channels: { showDataFolder: string; print: string }): DesktopBridge {
  const methods = {} as { [K in MethodName]: (input: unknown) => Promise<Reply<unknown>> };
  for (const name of methodNames) methods[name] = (input) => connection.call(name, input);

  return {
    ...methods,
    onBoardUpdated: (listener) => connection.subscribe('boardUpdated', listener),
    onStoreChanged: (listener) => connection.subscribe('storeChanged', listener),
    onSyncStatusChanged: (listener) => connection.subscribe('syncStatusChanged', listener),
    showDataFolder: () => askMain<null>(invokeMain, channels.showDataFolder),
    print: (request) => askMain<Uint8Array>(invokeMain, channels.print, request),
    platform: 'desktop',
  } satisfies DesktopBridge;
}

/** One call to main, answered as a reply envelope (an Error would lose its code crossing contextBridge). */
async function askMain<T>(invokeMain: InvokeMain, channel: string, ...args: unknown[]): Promise<Reply<T>> {
  try {
    return (await invokeMain(channel, ...args)) as Reply<T>;
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}
