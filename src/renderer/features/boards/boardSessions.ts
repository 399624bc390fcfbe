import { createUpdateQueue, type SaveState, type UpdateQueue } from './updateQueue';

/** The two core calls a board session needs; injected so the bookkeeping can be tested. */
export interface BoardTransport {
  applyBoardUpdate(input: { id: string; update: Uint8Array }): Promise<unknown>;
  closeBoard(input: { id: string }): Promise<unknown>;
}

interface Session {
  queue: UpdateQueue;
  users: number;
}

/**
 * One update queue per open board, outliving the page that made the edits: leaving a board
 * (or React remounting it) never drops unsent updates, and reopening it picks up the same
 * queue, so its pending updates are shown and sent exactly once, in order. The board is closed
 * on the core only when nobody uses it any more and everything has been acknowledged.
 */
export function createBoardSessions(transport: BoardTransport, merge?: (updates: Uint8Array[]) => Uint8Array) {
  const sessions = new Map<string, Session>();
  // Listeners live apart from sessions, so watching a board's save state never opens it.
  const listeners = new Map<string, Set<(state: SaveState) => void>>();

  const sessionFor = (id: string): Session => {
    let session = sessions.get(id);
    if (!session) {
      const queue = createUpdateQueue({
        send: (update) => transport.applyBoardUpdate({ id, update }),
        ...(merge ? { merge } : {}),
        sendTimeoutMs: 20_000,
        onStateChange: (state) => listeners.get(id)?.forEach((listener) => listener(state)),
      });
      session = { queue, users: 0 };
      sessions.set(id, session);
    }
    return session;
  };

  return {
    /** Starts using a board; returns its queue. Pair every call with `release`. */
    retain(id: string): UpdateQueue {
      const session = sessionFor(id);
      session.users += 1;
      return session.queue;
    },

    /** Stops using a board; once its queue is empty and nobody reopened it, the core is told. */
    async release(id: string): Promise<void> {
      const session = sessions.get(id);
      if (!session) return;
      session.users = Math.max(0, session.users - 1);
      await session.queue.whenIdle();
      if (session.users > 0 || sessions.get(id) !== session) return;
      sessions.delete(id);
      await transport.closeBoard({ id }).catch(() => undefined);
    },

    onSaveState(id: string, listener: (state: SaveState) => void): () => void {
      const set = listeners.get(id) ?? new Set();
      listeners.set(id, set);
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(id) === set) listeners.delete(id);
      };
    },

    saveState(id: string): SaveState {
      return sessions.get(id)?.queue.state() ?? 'saved';
    },

    /** True while any board still has edits the core has not acknowledged. */
    hasUnsavedEdits(): boolean {
      return [...sessions.values()].some((session) => session.queue.state() !== 'saved');
    },
  };
}
export type BoardSessions = ReturnType<typeof createBoardSessions>;
