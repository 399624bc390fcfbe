import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Redis as RedisClient } from 'ioredis';
import { HubStartupError } from '../errors';
import { withoutPassword } from '../location';

/**
 * Hocuspocus's Redis extension, so several hub instances serve the same documents live. Each
 * instance publishes its document changes on a Redis channel per document and applies what
 * the others publish; a document that another instance already has open is brought up to date
 * from it when it loads (after being read from PostgreSQL).
 *
 * The extension tells instances apart by `identifier`: it drops messages carrying its own
 * identifier and receives replies on a channel named after it. Two instances with one identifier
 * would silently ignore each other, so it must be unique per running process, not per
 * configuration: host name, process id and a random part.
 */
export async function connectRedis(url: string, log: (message: string) => void): Promise<{ extension: RedisExtension; identifier: string }> {
  await probe(url);
  const identifier = `${hostname().slice(0, 100)}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const extension = new RedisExtension({
    identifier,
    prefix: 'minga',
    createClient: () => {
      const client = new RedisClient(url, { connectTimeout: 5_000 });
      let lastError = '';
      client.on('error', (error: Error) => {
        // ioredis reconnects by itself; say so once per kind of failure rather than every retry.
        if (error.message === lastError) return;
        lastError = error.message;
        log(`Redis ${withoutPassword(url)}: ${error.message}`);
      });
      client.on('ready', () => {
        lastError = '';
      });
      return client;
    },
  });
  return { extension, identifier };
}

/** Connects once, without retrying, so that an unreachable Redis stops the hub with a clear message. */
async function probe(url: string): Promise<void> {
  const client = new RedisClient(url, {
    lazyConnect: true, connectTimeout: 5_000, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null,
  });
  // ioredis rejects with "Connection is closed."; the cause (ECONNREFUSED, a refused password…) comes as an event.
  let cause: Error | undefined;
  client.on('error', (error: Error) => {
    cause ??= error;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const reason = cause ?? error;
    throw new HubStartupError(`Cannot reach Redis at ${withoutPassword(url)}: ${reason instanceof Error ? reason.message : String(reason)}`, { cause: reason });
  } finally {
    client.disconnect();
  }
}
