import { z } from 'zod';
import { DirectoryEntry } from '../documents/directoryDoc';
import { procedure } from './procedure';

/**
 * What the central office publishes and the desktop receives by sync: the entity directory
 * (offered in the exercise form). Read-only here: only the hub writes these documents.
 */
export const hubContentContract = {
  /** The synced entity directory, sorted by name; empty before the first sync. */
  entityDirectory: procedure(z.object({}).default({}), z.array(DirectoryEntry)),
};
