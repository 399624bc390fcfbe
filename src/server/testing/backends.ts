import { afterAll } from 'vitest';
import type { HubOptions } from '../config';
import { startTestPostgres, type TestPostgres } from './postgresServer';

/** The stores every hub behaviour is tested on. */
export const backends = ['sqlite', 'postgres'] as const;
export type Backend = (typeof backends)[number];

/**
 * For a `describe` block run per backend: `storeOptions()` gives the options of a fresh, empty
 * store — nothing for SQLite (the harness makes a throwaway folder), a new database on this
 * block's own throwaway PostgreSQL server (started on first use, stopped after the block).
 */
export function useBackend(backend: Backend): { storeOptions(): Promise<Partial<HubOptions>> } {
  let server: Promise<TestPostgres> | undefined;
  afterAll(async () => {
    if (server) await (await server).stop();
  });
  return {
    async storeOptions() {
      if (backend === 'sqlite') return {};
      server ??= startTestPostgres();
      return { databaseUrl: await (await server).newDatabase() };
    },
  };
}
