/**
 * Expected ways a sign-in or a sync round fails. Each has a stable code and a message that says
 * what to do; the command line prints the message (never a stack) and exits with `exitCode`.
 */
export const syncFailures = {
  /** Nothing answered at the hub's address, or it answered with something that is not the hub. */
  hub_unreachable: 3,
  /** Wrong email or password, or a disabled account. */
  invalid_credentials: 4,
  /** The device was revoked, its refresh token expired or was used twice: sign in again. */
  device_signed_out: 4,
  /** This data folder has never signed in to a hub. */
  not_linked: 4,
  /** The hub refused the request for another reason (throttled, invalid input, server error). */
  hub_refused: 1,
  /** Some documents did not finish syncing in time. */
  incomplete: 1,
} as const;
export type SyncFailureCode = keyof typeof syncFailures;

export class SyncFailure extends Error {
  readonly exitCode: number;
  constructor(readonly code: SyncFailureCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SyncFailure';
    this.exitCode = syncFailures[code];
  }
}
