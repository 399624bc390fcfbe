import { describe, expect, it } from 'vitest';
import { createBoardSessions } from './boardSessions';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function fakeTransport() {
  const log: string[] = [];
  const acks: (() => void)[] = [];
  return {
    log,
    acks,
    transport: {
      applyBoardUpdate: ({ id, update }: { id: string; update: Uint8Array }) =>
        new Promise<unknown>((resolve) => {
          log.push(`apply ${id} ${update[0]}`);
          acks.push(() => resolve({ committed: true }));
        }),
      closeBoard: async ({ id }: { id: string }) => {
        log.push(`close ${id}`);
        return { closed: true };
      },
    },
  };
}

describe('board sessions', () => {
  it('closes the board only after its pending updates are acknowledged', async () => {
    const fake = fakeTransport();
    const sessions = createBoardSessions(fake.transport);
    const queue = sessions.retain('b1');
    queue.push(new Uint8Array([7]));
    expect(sessions.hasUnsavedEdits()).toBe(true);
    const released = sessions.release('b1');
    await tick();
    expect(fake.log).toEqual(['apply b1 7']);
    fake.acks[0]!();
    await released;
    expect(fake.log).toEqual(['apply b1 7', 'close b1']);
    expect(sessions.hasUnsavedEdits()).toBe(false);
  });

  it('keeps the board open and the same queue when it is reopened before the close', async () => {
    const fake = fakeTransport();
    const sessions = createBoardSessions(fake.transport);
    const first = sessions.retain('b1');
    first.push(new Uint8Array([1]));
    const released = sessions.release('b1');
    const second = sessions.retain('b1');
    expect(second).toBe(first);
    expect(second.pending().map((update) => update[0])).toEqual([1]);
    await tick();
    fake.acks[0]!();
    await released;
    expect(fake.log).toEqual(['apply b1 1']);
    await sessions.release('b1');
    expect(fake.log).toEqual(['apply b1 1', 'close b1']);
  });

  it('reports save states to listeners of that board only', async () => {
    const fake = fakeTransport();
    const sessions = createBoardSessions(fake.transport);
    const seen: string[] = [];
    sessions.onSaveState('b1', (state) => seen.push(`b1 ${state}`));
    sessions.onSaveState('b2', (state) => seen.push(`b2 ${state}`));
    sessions.retain('b1').push(new Uint8Array([1]));
    await tick();
    fake.acks[0]!();
    await sessions.release('b1');
    expect(seen).toEqual(['b1 saving', 'b1 saved']);
  });
});

describe('board save state', () => {
  it('is saved for a board nobody opened, and follows the queue of an open one', async () => {
    const fake = fakeTransport();
    const sessions = createBoardSessions(fake.transport);
    expect(sessions.saveState('b9')).toBe('saved');
    const stop = sessions.onSaveState('b9', () => undefined);
    stop();
    expect(sessions.hasUnsavedEdits()).toBe(false);
    sessions.retain('b9').push(new Uint8Array([1]));
    expect(sessions.saveState('b9')).toBe('saving');
    await tick();
    fake.acks[0]!();
    await sessions.release('b9');
    expect(sessions.saveState('b9')).toBe('saved');
  });
});
