import { MessageChannelMain, type MessagePortMain, type WebContents } from 'electron';
import { desktopChannels } from '../shared/rpc/bridge';
import type { CoreProcess } from './core';

/**
 * Each window talks to the core over its own MessagePort pair, so main never relays API
 * traffic: one end goes to the core, the other to the window's preload. A page load (first
 * load or reload) gets a fresh pair, and so does every window after the core restarts.
 */

type PortPair = { port1: MessagePortMain; port2: MessagePortMain };
type RendererContents = Pick<WebContents, 'postMessage'>;

export function connectRendererToCore(
  contents: RendererContents,
  core: CoreProcess,
  createChannel: () => PortPair = () => new MessageChannelMain(),
): void {
  const { port1, port2 } = createChannel();
  core.postMessage({ type: 'connect' }, [port1]);
  contents.postMessage(desktopChannels.corePort, null, [port2]);
}

type LoadingContents = RendererContents & Pick<WebContents, 'on' | 'isLoading' | 'isDestroyed'>;

/** Connects a window's page to the current core whenever the page finishes loading. */
export function connectOnEveryLoad(contents: LoadingContents, currentCore: () => CoreProcess | null): void {
  contents.on('did-finish-load', () => {
    const core = currentCore();
    // While the core restarts there is none; the restart reconnects every loaded page.
    if (core) connectRendererToCore(contents, core);
  });
}

/** After a core (re)start: pages still loading will connect on did-finish-load instead. */
export function reconnectLoadedPages(pages: LoadingContents[], core: CoreProcess): void {
  for (const contents of pages) {
    if (!contents.isDestroyed() && !contents.isLoading()) connectRendererToCore(contents, core);
  }
}
