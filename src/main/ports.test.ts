import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => {
  let next = 0;
  return {
    MessageChannelMain: class {
      port1 = { name: `core-end-${next}` };
      port2 = { name: `window-end-${next++}` };
    },
  };
});

const { connectOnEveryLoad, connectRendererToCore, reconnectLoadedPages } = await import('./ports');

class FakeContents extends EventEmitter {
  sent: unknown[][] = [];
  loading = false;
  destroyed = false;
  postMessage(...args: unknown[]) {
    this.sent.push(args);
  }
  isLoading() {
    return this.loading;
  }
  isDestroyed() {
    return this.destroyed;
  }
}
const fakeCore = () => ({ messages: [] as unknown[][], postMessage(...args: unknown[]) { this.messages.push(args); }, kill: () => true, once: vi.fn(), on: vi.fn() });

describe('connecting windows to the core', () => {
  it('sends one end of a new channel to the core and the other to the page', () => {
    const contents = new FakeContents();
    const core = fakeCore();
    connectRendererToCore(contents as never, core);
    const [[coreMessage, [corePort]]] = core.messages as [[unknown, [{ name: string }]]];
    const [[channel, message, [pagePort]]] = contents.sent as [[string, unknown, [{ name: string }]]];
    expect(coreMessage).toEqual({ type: 'connect' });
    expect(channel).toBe('minga:core-port');
    expect(message).toBeNull();
    expect(corePort.name.replace('core-end', '')).toBe(pagePort.name.replace('window-end', ''));
  });

  it('connects on every page load, and skips a load that happens while the core restarts', () => {
    const contents = new FakeContents();
    const core = fakeCore();
    let current: typeof core | null = core;
    connectOnEveryLoad(contents as never, () => current);
    contents.emit('did-finish-load');
    contents.emit('did-finish-load'); // a reload gets a fresh port
    current = null;
    contents.emit('did-finish-load');
    expect(contents.sent).toHaveLength(2);
    expect(core.messages).toHaveLength(2);
  });

  it('after a core restart reconnects loaded pages only', () => {
    const loaded = new FakeContents();
    const loading = Object.assign(new FakeContents(), { loading: true });
    const closed = Object.assign(new FakeContents(), { destroyed: true });
    const core = fakeCore();
    reconnectLoadedPages([loaded, loading, closed] as never[], core);
    expect(loaded.sent).toHaveLength(1);
    expect(loading.sent).toHaveLength(0);
    expect(closed.sent).toHaveLength(0);
    expect(core.messages).toHaveLength(1);
  });
});
