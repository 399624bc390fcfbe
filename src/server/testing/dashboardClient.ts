import { csrfToken } from '../http/csrf';
import type { TestHub } from './hubHarness';
import { testPassword } from './hubClient';

/**
 * A browser on the hub's dashboard, for tests: pages fetched without following redirects, the
 * sign-in form, and the CSRF token the signed-in session's pages embed in their forms.
 */
export function dashboardClient(t: TestHub) {
  const page = (path: string, cookie?: string, init: RequestInit = {}) =>
    fetch(`${t.hub.url}${path}`, { redirect: 'manual', ...init, headers: { ...(cookie ? { cookie } : {}), ...init.headers } });

  /** The CSRF token of a user's newest session, as its pages embed it. */
  const csrfOf = async (email: string) => {
    const user = (await t.accounts.byEmail(email))!;
    return csrfToken(await t.hub.store.signingSecret(), (await t.hub.store.devices.list(user.id)).at(-1)!.id);
  };

  /** Signs in through the form; the session cookie and its CSRF token. */
  const signIn = async (email: string) => {
    const reply = await page('/dashboard/login', undefined, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password: testPassword, lang: 'es-CO' }).toString(),
    });
    return { cookie: reply.headers.get('set-cookie')!.split(';')[0]!, csrf: await csrfOf(email) };
  };

  /** A form posted as a browser posts it. */
  const post = (path: string, cookie: string, fields: Record<string, string>) => page(path, cookie, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString(),
  });

  return { page, signIn, csrfOf, post };
}
