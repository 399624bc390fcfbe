import { useCallback, useEffect, useRef, useState } from 'react';
import { onConnectionState, onCoreEvent } from '../app/api';

export interface ApiQuery<T> {
  data: T | undefined;
  error: unknown;
  /**
   * True while the answer for the current deps is pending (the previous data stays available,
   * so a list can keep showing while it refreshes). Reloads caused by storeChanged are silent.
   */
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data from the core and keeps it fresh: it reloads when `deps` change and whenever
 * the core says the store changed (another window, a restore) or the connection comes back. An answer that arrives after
 * a newer request started is dropped, so a slow reply never overwrites a newer one.
 */
export function useApiQuery<T>(fn: () => Promise<T>, deps: readonly unknown[]): ApiQuery<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({ data: undefined, error: undefined, loading: true });
  const latest = useRef(0);
  const fnRef = useRef(fn);
  // Effects run in order, so the load below always calls the newest closure.
  useEffect(() => {
    fnRef.current = fn;
  });

  // When deps change, show loading from this very render (React's "adjust state while rendering").
  const [loadedDeps, setLoadedDeps] = useState(deps);
  if (!sameDeps(loadedDeps, deps)) {
    setLoadedDeps(deps);
    setState((current) => ({ ...current, loading: true }));
  }

  const load = useCallback(() => {
    const request = ++latest.current;
    fnRef.current().then(
      (data) => {
        if (request === latest.current) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (request === latest.current) setState((current) => ({ data: current.data, error, loading: false }));
      },
    );
  }, []);

  useEffect(() => {
    load();
    // The caller's deps decide when to reload; fn is read through a ref so it may be an inline closure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  useEffect(() => onCoreEvent('storeChanged', () => load()), [load]);

  // After a lost connection the core may have restarted or changed meanwhile: ask again.
  useEffect(() => {
    let lost = false;
    return onConnectionState((connection) => {
      if (connection === 'lost') lost = true;
      else if (connection === 'open' && lost) {
        lost = false;
        load();
      }
    });
  }, [load]);

  const reload = useCallback(() => load(), [load]);
  return { ...state, reload };
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
