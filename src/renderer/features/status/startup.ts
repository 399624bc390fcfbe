import type { Locale, Status } from '../../../shared/contract';
import { api } from '../../app/api';
// Not the i18n module: start-up asks the core for this before the catalogues are evaluated.
import { defaultLocale } from '../../i18n/defaultLocale';

/** How long start-up waits for the core before showing the app in the default language. */
const startupWaitMs = 4_000;

export interface Startup {
  locale: Locale;
  /** Undefined when the core did not answer in time; the status gate asks again. */
  status: Status | undefined;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

/** Never rejects: a broken store must still reach the recovery screen, in Spanish if need be. */
export async function loadStartup(): Promise<Startup> {
  const [preferences, status] = await Promise.all([
    withTimeout(api.getPreferences({}), startupWaitMs),
    withTimeout(api.getStatus({}), startupWaitMs),
  ]);
  return { locale: preferences?.locale ?? defaultLocale, status };
}
