import { z } from 'zod';
import { Role } from '../hub/api';
import { validationKeys as keys } from '../domain/errors';
import { procedure } from './procedure';

/**
 * Why the last sync round, or a sign-in, failed. The same codes as the core's SyncFailure
 * (src/core/sync/errors.ts), plus `internal` for anything unexpected; the renderer explains
 * each in the current language.
 */
export const SyncErrorCode = z.enum(['hub_unreachable', 'invalid_credentials', 'device_signed_out', 'not_linked', 'hub_refused', 'incomplete', 'internal']);
export type SyncErrorCode = z.infer<typeof SyncErrorCode>;

export const SyncState = z.enum(['not-linked', 'offline', 'syncing', 'synced', 'error']);
export type SyncState = z.infer<typeof SyncState>;

export const SyncStatus = z.object({
  /** The hub this data folder is signed in to, or null. */
  linked: z.object({ hubUrl: z.string(), email: z.string(), role: Role }).nullable(),
  state: SyncState,
  /** Local documents with changes the hub has not acknowledged yet (see src/core/sync/pending.ts). */
  pendingChanges: z.number().int().nonnegative(),
  lastSyncAt: z.string().nullable(),
  lastError: SyncErrorCode.nullable(),
  /**
   * Boards the hub has moved to the trash that the last round held back, because they are more
   * than half of the boards here (the deletion guard); they go to the trash once confirmed.
   */
  heldDeletions: z.object({ boards: z.number().int().positive(), live: z.number().int().nonnegative() }).nullable(),
  /**
   * Documents whose local changes the hub would not take in the last round: read-only for this
   * account (an observer, or a coordinator), or no longer reachable (unassigned, or refused).
   * The changes stay here and stay pending.
   */
  refusedChanges: z.object({ readOnly: z.number().int().nonnegative(), noAccess: z.number().int().nonnegative() }),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** A hub address as typed: http(s) with a host and nothing after it; the core normalises it. */
export const HubAddress = z
  .string()
  .trim()
  .min(1, keys.required)
  .max(2048, keys.tooLong)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
    } catch {
      return false;
    }
  }, keys.hubUrl);

export const LinkHubInput = z.object({
  hubUrl: HubAddress,
  email: z.string().trim().min(1, keys.required).pipe(z.email(keys.invalidEmail).max(254, keys.tooLong)),
  password: z.string().min(1, keys.required).max(1024, keys.tooLong),
  deviceName: z.string().trim().min(1, keys.required).max(100, keys.tooLong),
});
export type LinkHubInput = z.input<typeof LinkHubInput>;

export const syncContract = {
  getSyncStatus: procedure(z.object({}).default({}), SyncStatus),
  /** Signs this data folder in to a hub as a new device; the password is sent once and never kept. */
  linkHub: procedure(LinkHubInput, SyncStatus),
  /** Forgets the sign-in here (the hub keeps the device until an admin revokes it). */
  unlinkHub: procedure(z.object({}).default({}), SyncStatus),
  /** Runs a round now (or waits for the one running) and answers with the status after it. */
  syncNow: procedure(z.object({}).default({}), SyncStatus),
  /** Lets the boards the deletion guard held go to the trash, in a round run now. */
  confirmHeldDeletions: procedure(z.object({}).default({}), SyncStatus),
};
