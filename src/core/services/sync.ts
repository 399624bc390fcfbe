import type { AppHandlers } from '../../shared/contract';
import type { BackgroundSync } from '../sync/backgroundSync';
import type { Session } from './context';

type Handlers = Pick<AppHandlers<Session>, 'getSyncStatus' | 'linkHub' | 'unlinkHub' | 'syncNow' | 'confirmHeldDeletions'>;

/** The central office: sign-in and the background sync of the open store (see src/core/sync/backgroundSync.ts). */
export function syncHandlers(sync: () => BackgroundSync): Handlers {
  return {
    getSyncStatus: () => sync().status(),
    linkHub: (input) => sync().link(input),
    unlinkHub: () => sync().unlink(),
    syncNow: () => sync().syncNow(),
    confirmHeldDeletions: () => sync().confirmHeldDeletions(),
  };
}
