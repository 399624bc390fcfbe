import { lazy, type ComponentType } from 'react';

/**
 * A page whose code loads on first visit, like React.lazy, but which can be asked for ahead of
 * time. Once its code is in, the page renders at once: React.lazy on its own suspends on the
 * first render even then (a promise always answers later), which shows the loading spinner and
 * renders the page twice — for a 2,000-note board, two full rounds of work at opening.
 */
export function preloadablePage<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (page) => (loaded = page),
      (error: unknown) => {
        // A failed load may be retried on the next visit (a file briefly unreadable, say).
        loading = undefined;
        throw error;
      },
    ));
  const Page = lazy<ComponentType<Props>>(() => {
    const page = loaded;
    // React.lazy reads a thenable that answers synchronously as already resolved.
    if (page) return { then: (resolve: (module: { default: ComponentType<Props> }) => void) => resolve({ default: page }) } as Promise<{ default: ComponentType<Props> }>;
    return preload().then((module) => ({ default: module }));
  });
  return { Page, preload };
}
