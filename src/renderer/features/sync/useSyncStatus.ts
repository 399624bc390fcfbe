import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncStatus } from '../../../shared/contract';
import { api, onCoreEvent } from '../../app/api';
import { useApiQuery } from '../../ui';

/**
 * The background sync's status: asked for once (and again after a lost connection comes back),
 * then kept current by the core's `syncStatusChanged` events. `now` ticks every 30 s so that
 * "last synced 3 minutes ago" stays true.
 */
export function useSyncStatus(): { status: SyncStatus | undefined; error: unknown; now: number; update(next: SyncStatus): void } {
  const query = useApiQuery(() => api.getSyncStatus({}), []);
  // A pushed status is newer than the answer it arrived after, and older than any later answer.
  const [pushed, setPushed] = useState<{ after: SyncStatus | undefined; status: SyncStatus }>();
  const answered = useRef<SyncStatus | undefined>(undefined);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    answered.current = query.data;
  }, [query.data]);
  const update = useCallback((next: SyncStatus) => setPushed({ after: answered.current, status: next }), []);
  useEffect(() => onCoreEvent('syncStatusChanged', update), [update]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const status = pushed && pushed.after === query.data ? pushed.status : query.data;
  return { status, error: query.error, now, update };
}
