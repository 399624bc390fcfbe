import type { Access } from '../access';
import type { Role } from '../roles';

/** What the hub remembers about each authenticated document connection. */
export interface SyncContext {
  id: string;
  role: Role;
  deviceId: string;
  /** When the access token presented last expires (ms since epoch). */
  tokenExpiresAt: number;
  access: Access;
}

/**
 * Thrown from hooks to refuse a connection or a message. Not an Error on purpose: Hocuspocus
 * logs hook errors that have a message, and a refused client is not a server fault. `reason`
 * reaches the client (permission-denied, or the close reason).
 */
export class Refusal {
  readonly code = 4403;
  constructor(readonly reason: string) {}
}
