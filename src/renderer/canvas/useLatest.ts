import { useLayoutEffect, useRef } from 'react';

/** A ref that always holds the latest value, for event handlers that must not be rebuilt on every render. */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}
