import { useCallback, useSyncExternalStore } from 'react';

/**
 * The name this laptop signs comments and votes with. It is a local preference, not a
 * record: kept in localStorage, empty until the facilitator types one (the UI then shows
 * the catalogue's "Facilitador/a").
 */
export const displayNameKey = 'minga.displayName';
const maxLength = 200;
const listeners = new Set<() => void>();

function read(): string {
  try {
    return window.localStorage.getItem(displayNameKey) ?? '';
  } catch {
    return '';
  }
}

export function saveDisplayName(name: string): void {
  const value = name.trim().slice(0, maxLength);
  try {
    if (value) window.localStorage.setItem(displayNameKey, value);
    else window.localStorage.removeItem(displayNameKey);
  } catch {
    // Storage may be unavailable (private window); the name then lasts for this page only.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === displayNameKey) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The saved name ('' when none), the name to sign with (falling back to `fallback`) and a setter. */
export function useDisplayName(fallback: string): { saved: string; name: string; save: (name: string) => void } {
  const saved = useSyncExternalStore(subscribe, read);
  const save = useCallback((name: string) => saveDisplayName(name), []);
  return { saved, name: saved || fallback, save };
}
