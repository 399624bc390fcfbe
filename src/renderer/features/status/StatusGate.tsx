import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Status } from '../../../shared/contract';
import { api } from '../../app/api';
import { Spinner } from '../../ui';
import { RecoveryScreen } from './RecoveryScreen';

type Gate = { kind: 'checking' } | { kind: 'ready' } | { kind: 'blocked'; status: Status } | { kind: 'unreachable'; error: unknown };

function gateFor(status: Status): Gate {
  return status.state === 'ready' ? { kind: 'ready' } : { kind: 'blocked', status };
}

/**
 * Shows the app only over a store the core could open. Otherwise a recovery screen explains
 * what happened, in the user's language, instead of a list that would fail row by row.
 */
export function StatusGate({ initialStatus, children }: { initialStatus: Status | undefined; children: ReactNode }) {
  const [gate, setGate] = useState<Gate>(() => (initialStatus ? gateFor(initialStatus) : { kind: 'checking' }));

  const check = useCallback(async () => {
    try {
      setGate(gateFor(await api.getStatus({})));
    } catch (error) {
      setGate({ kind: 'unreachable', error });
    }
  }, []);

  // Start-up gave up waiting for the core; ask again now that the page is up.
  useEffect(() => {
    if (initialStatus) return;
    let current = true;
    api.getStatus({}).then(
      (status) => current && setGate(gateFor(status)),
      (error: unknown) => current && setGate({ kind: 'unreachable', error }),
    );
    return () => {
      current = false;
    };
  }, [initialStatus]);

  if (gate.kind === 'ready') return <>{children}</>;
  if (gate.kind === 'checking') {
    return (
      <main className="recovery">
        <Spinner />
      </main>
    );
  }
  return <RecoveryScreen status={gate.kind === 'blocked' ? gate.status : undefined} error={gate.kind === 'unreachable' ? gate.error : undefined} onRetry={check} />;
}
