import type { ClientEvents, MethodName } from '../contract';
import type { Reply } from '../contract/procedure';

/**
 * What the desktop preload exposes as `window.minga`. Every call answers with a reply
 * envelope instead of throwing, because an Error loses its code and fields when it crosses
 * contextBridge; the renderer unwraps the envelope with `unwrap` from ./client.
 */
export type DesktopBridge = { [K in MethodName]: (input: unknown) => Promise<Reply<unknown>> } & {
  /** Subscribes to board updates pushed by the core; returns the unsubscribe function. */
  onBoardUpdated(listener: ClientEvents['boardUpdated']): () => void;
  /** Subscribes to "the store changed, refresh your lists"; returns the unsubscribe function. */
  onStoreChanged(listener: ClientEvents['storeChanged']): () => void;
  /** Subscribes to the background sync's status; returns the unsubscribe function. */
  onSyncStatusChanged(listener: ClientEvents['syncStatusChanged']): () => void;
  /** Opens the data folder (database and backups) in the system's file manager. */
  showDataFolder(): Promise<Reply<null>>;
  /** A board (PDF, PNG, SVG) or a report (PDF), printed by Electron from a hidden window (`DesktopPrintRequest`). */
  print(request: unknown): Promise<Reply<Uint8Array>>;
  platform: 'desktop';
};

/** The IPC channels between preload and main, named once so both sides agree. */
export const desktopChannels = {
  /** Main -> preload: a MessagePort connected to the core (sent again after every core restart). */
  corePort: 'minga:core-port',
  /** Preload -> main: open the data folder in the file manager. */
  showDataFolder: 'app:show-data-folder',
  /** Preload -> main: print a board or a report (src/main/printToPdf.ts). */
  print: 'app:print',
} as const;
