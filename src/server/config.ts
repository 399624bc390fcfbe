import { limits } from '../shared/domain/limits';

export interface HubOptions {
  /** SQLite in this folder (the default store, needing no other service). */
  dataDir?: string;
  /** postgres://… instead of a data folder: a database several hub instances share. */
  databaseUrl?: string;
  /** redis://… so that hub instances sharing `databaseUrl` serve the same documents live. */
  redisUrl?: string;
  /** 127.0.0.1 unless the hub is meant to be reached from other machines. */
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  /**
   * Browser origins allowed to open a WebSocket or call the API (the dashboard's own origin is
   * always allowed). Clients that send no Origin — the desktop core, the command line — pass.
   */
  allowedOrigins?: string[];
  accessTokenTtlMs?: number;
  refreshTokenTtlMs?: number;
  /** How often live connections are re-checked; at most 60 s, so a revoked token is cut within a minute. */
  sweepIntervalMs?: number;
  maxMessageBytes?: number;
  signInPerEmail?: { limit: number; windowMs: number };
  signInPerAddress?: { limit: number; windowMs: number };
  connectionsPerAddress?: { limit: number; windowMs: number };
  timeoutMs?: number;
  compactAfter?: number;
  /** Quiet time after a document's last stored update before the dashboard projects it. */
  projectionDelayMs?: number;
  now?: () => Date;
  log?: (message: string) => void;
}

const minute = 60_000;

export const hubDefaults = {
  host: '127.0.0.1',
  port: 5191,
  accessTokenTtlMs: 15 * minute,
  refreshTokenTtlMs: 60 * 24 * 60 * minute,
  sweepIntervalMs: 30_000,
  // One board update (5 MiB) plus framing, like browser mode.
  maxMessageBytes: limits.updateBytes + 64 * 1024,
  signInPerEmail: { limit: 5, windowMs: 15 * minute },
  signInPerAddress: { limit: 30, windowMs: 15 * minute },
  connectionsPerAddress: { limit: 120, windowMs: minute },
  timeoutMs: 60_000,
  compactAfter: 200,
  projectionDelayMs: 2_000,
  maxPendingDocuments: 100,
  maxUnauthenticatedQueueMessages: 1_000,
  maxUnauthenticatedQueueSize: limits.updateBytes + 64 * 1024,
} as const;
