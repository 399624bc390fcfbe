import type { RpcChannel } from '../../shared/rpc/client';

/**
 * Two connected in-process channels, asynchronous like a real port, with structured cloning
 * so a test cannot rely on sharing objects with the core.
 */
export function memoryChannelPair(): [RpcChannel, RpcChannel] {
  const listeners: [((data: unknown) => void)[], ((data: unknown) => void)[]] = [[], []];
  const make = (self: 0 | 1): RpcChannel => ({
    post: (data) => {
      const copy = structuredClone(data);
      queueMicrotask(() => listeners[self === 0 ? 1 : 0].forEach((listener) => listener(copy)));
    },
    on: (listener) => {
      listeners[self].push(listener);
    },
  });
  return [make(0), make(1)];
}
