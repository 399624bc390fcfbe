import { describe, expect, it } from 'vitest';
import { createUpdateQueue, type SaveState } from './updateQueue';

const bytes = (...values: number[]) => new Uint8Array(values);
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A fake core: each send waits until the test settles it, so ordering can be observed. */
function fakeCore() {
  const calls: { update: Uint8Array; resolve: () => void; reject: (error: Error) => void }[] = [];
  const send = (update: Uint8Array) =>
    new Promise<unknown>((resolve, reject) => calls.push({ update, resolve: () => resolve({ committed: true }), reject }));
  return { calls, send };
}

describe('createUpdateQueue', () => {
  it('sends updates one at a time in the order they were made', async () => {
    const core = fakeCore();
    const queue = createUpdateQueue({ send: core.send });
    queue.push(bytes(1));
    queue.push(bytes(2));
    queue.push(bytes(3));
    await tick();
    expect(core.calls).toHaveLength(1);
    expect([...core.calls[0]!.update]).toEqual([1]);
    core.calls[0]!.resolve();
    await tick();
    expect(core.calls).toHaveLength(2);
    expect([...core.calls[1]!.update]).toEqual([2]);
    core.calls[1]!.resolve();
    await tick();
    core.calls[2]!.resolve();
    await queue.whenIdle();
    expect(core.calls.map((call) => call.update[0])).toEqual([1, 2, 3]);
    expect(queue.pending()).toEqual([]);
  });

  it('reports saving until the core acknowledges, then saved', async () => {
    const core = fakeCore();
    const states: SaveState[] = [];
    const queue = createUpdateQueue({ send: core.send, onStateChange: (state) => states.push(state) });
    expect(queue.state()).toBe('saved');
    queue.push(bytes(1));
    expect(queue.state()).toBe('saving');
    await tick();
    expect(queue.state()).toBe('saving');
    core.calls[0]!.resolve();
    await queue.whenIdle();
    expect(queue.state()).toBe('saved');
    expect(states).toEqual(['saving', 'saved']);
  });

  it('keeps a failed update at the head and retries it before anything newer', async () => {
    const sent: number[] = [];
    let failuresLeft = 3;
    const waits: number[] = [];
    const states: SaveState[] = [];
    const queue = createUpdateQueue({
      send: async (update) => {
        sent.push(update[0]!);
        if (update[0] === 1 && failuresLeft-- > 0) throw new Error('core unreachable');
        return { committed: true };
      },
      retryDelaysMs: [10, 20],
      wait: async (ms) => {
        waits.push(ms);
      },
      onStateChange: (state) => states.push(state),
    });
    queue.push(bytes(1));
    queue.push(bytes(2));
    await queue.whenIdle();
    expect(sent).toEqual([1, 1, 1, 1, 2]);
    expect(waits).toEqual([10, 20, 20]);
    expect(states[0]).toBe('saving');
    expect(states).toContain('retrying');
    expect(states.at(-1)).toBe('saved');
  });

  it('never drops updates pushed while retrying', async () => {
    let healthy = false;
    const sent: number[] = [];
    let release: () => void = () => undefined;
    const queue = createUpdateQueue({
      send: async (update) => {
        if (!healthy) throw new Error('offline');
        sent.push(update[0]!);
      },
      wait: () => new Promise<void>((resolve) => (release = resolve)),
    });
    queue.push(bytes(1));
    await tick();
    expect(queue.state()).toBe('retrying');
    queue.push(bytes(2));
    queue.push(bytes(3));
    expect(queue.pending().map((update) => update[0])).toEqual([1, 2, 3]);
    healthy = true;
    release();
    await queue.whenIdle();
    expect(sent).toEqual([1, 2, 3]);
  });

  it('merges waiting updates into one send, in order, within the byte limit', async () => {
    const core = fakeCore();
    const merged: number[][] = [];
    const queue = createUpdateQueue({
      send: core.send,
      merge: (updates) => {
        merged.push(updates.map((update) => update[0]!));
        return bytes(...updates.map((update) => update[0]!));
      },
      maxMergedBytes: 2,
    });
    queue.push(bytes(1));
    await tick();
    queue.push(bytes(2));
    queue.push(bytes(3));
    queue.push(bytes(4));
    core.calls[0]!.resolve();
    await tick();
    expect([...core.calls[1]!.update]).toEqual([2, 3]);
    core.calls[1]!.resolve();
    await tick();
    expect([...core.calls[2]!.update]).toEqual([4]);
    core.calls[2]!.resolve();
    await queue.whenIdle();
    expect(merged).toEqual([[2, 3]]);
  });

  it('retries a send that never answers', async () => {
    const sent: number[] = [];
    let calls = 0;
    const queue = createUpdateQueue({
      send: (update) => {
        sent.push(update[0]!);
        calls += 1;
        // The first reply is lost with the connection; the resend is answered.
        return calls === 1 ? new Promise(() => undefined) : Promise.resolve({ committed: true });
      },
      sendTimeoutMs: 5,
      wait: async () => undefined,
    });
    queue.push(bytes(4));
    await queue.whenIdle();
    expect(sent).toEqual([4, 4]);
    expect(queue.state()).toBe('saved');
  });
});
