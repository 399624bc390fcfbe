import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Sessions } from '../auth/sessions';
import { stylesheet, pageHeaders } from '../dashboard/html';
import { messagePage, portfolioPage, signInPage } from '../dashboard/pages';
import { buildPortfolio, languages, PortfolioQuery, type Language } from '../dashboard/portfolio';
import { HubError } from '../errors';
import { createCoordination, type CoordinationDeps } from './coordination';
import { clearedSessionCookie, readCookie, sessionCookie, sessionCookieHeader } from './cookies';
import { readForm } from './io';
import { loadPortfolio, type PortfolioDeps } from './portfolioRoutes';

export interface DashboardDeps extends PortfolioDeps, CoordinationDeps {
  sessions: Sessions;
  devices: { revoke(id: string): Promise<boolean> };
  clientAddress: (request: IncomingMessage) => string;
  originAllowed: (origin: string | undefined) => boolean;
  log: (message: string) => void;
  now: () => Date;
}

const languageOf = (value: string | null | undefined): Language => (languages as readonly (string | null | undefined)[]).includes(value) ? (value as Language) : 'es-CO';

/**
 * The dashboard, rendered on the hub: `/dashboard` (portfolio), `/dashboard/exercises/:id`,
 * sign-in and sign-out forms, and its stylesheet; `/` leads to it. Pages are plain HTML built
 * from the projections — no script, no build step — and a browser signs in with a form that
 * sets an HttpOnly, SameSite=Strict cookie holding an access token (cookies.ts).
 */
export function createDashboard(deps: DashboardDeps): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const send = (response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { ...pageHeaders, 'content-length': Buffer.byteLength(body), ...headers }).end(body);
  };
  const redirect = (response: ServerResponse, location: string, headers: Record<string, string> = {}) => {
    response.writeHead(303, { location, 'cache-control': 'no-store', 'content-length': 0, ...headers }).end();
  };
  const secure = (request: IncomingMessage) => (request.socket as TLSSocket).encrypted === true || request.headers['x-forwarded-proto'] === 'https';
  const coordination = createCoordination(deps);
  const session = async (request: IncomingMessage) => {
    const token = readCookie(request, sessionCookie);
    return token ? deps.sessions.authenticate(token) : undefined;
  };

  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://hub.invalid');
    const language = languageOf(url.searchParams.get('lang'));
    try {
      if (!deps.originAllowed(request.headers.origin)) throw new HubError('origin_refused', 'Requests from this origin are not allowed.');
      const path = url.pathname.replace(/\/$/, '') || '/';
      const method = request.method ?? 'GET';
      if (path === '/' && method === 'GET') return redirect(response, '/dashboard');
      if (path === '/dashboard/style.css' && method === 'GET') {
        response.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=300', 'x-content-type-options': 'nosniff' }).end(stylesheet);
        return;
      }
      if (path === '/dashboard/login' && method === 'POST') {
        const form = await readForm(request);
        const formLanguage = languageOf(form.get('lang'));
        try {
          const tokens = await deps.sessions.login(
            { email: form.get('email') ?? '', password: form.get('password') ?? '', deviceName: 'Dashboard (browser)' }, deps.clientAddress(request),
          );
          const maxAge = (Date.parse(tokens.accessTokenExpiresAt) - deps.now().getTime()) / 1000;
          return redirect(response, `/dashboard?lang=${formLanguage}`, { 'set-cookie': sessionCookieHeader(tokens.accessToken, maxAge, secure(request)) });
        } catch (error) {
          if (!(error instanceof HubError) || !['invalid_credentials', 'too_many_requests'].includes(error.code)) throw error;
          return send(response, error.status, signInPage(formLanguage, error.code === 'too_many_requests' ? 'throttled' : 'failed'));
        }
      }
      if (path === '/dashboard/logout' && method === 'POST') {
        const form = await readForm(request);
        const auth = await session(request);
        // Signing out revokes the browser's device, so the token in the cookie dies with it.
        if (auth) await deps.devices.revoke(auth.device.id);
        return redirect(response, `/dashboard?lang=${languageOf(form.get('lang'))}`, { 'set-cookie': clearedSessionCookie(secure(request)) });
      }
      const exerciseMatch = /^\/dashboard\/exercises\/([A-Za-z0-9_-]{1,100})$/.exec(path);
      if ((path === '/dashboard' || exerciseMatch) && method === 'GET') {
        const auth = await session(request);
        if (!auth) return send(response, 401, signInPage(language));
        if (exerciseMatch) return await coordination.exercisePage(response, auth, language, exerciseMatch[1]!, url);
        const { snapshot, users } = await loadPortfolio(deps);
        const query = PortfolioQuery.safeParse(Object.fromEntries(url.searchParams));
        if (!query.success) throw new HubError('invalid_input', query.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
        const { lang: _lang, ...filters } = query.data;
        return send(response, 200, portfolioPage(language, query.data, buildPortfolio(snapshot, users, auth.user, filters), auth.user.email));
      }
      if (method === 'GET' && coordination.pages.includes(path)) {
        const auth = await session(request);
        if (!auth) return send(response, 401, signInPage(language));
        return await coordination.get(response, path, auth, language, url);
      }
      if (method === 'POST' && (await coordination.post(request, response, path, await session(request), language))) return;
      throw new HubError(['/dashboard', '/dashboard/login', '/dashboard/logout'].includes(path) ? 'method_not_allowed' : 'not_found', `Nothing at ${path}.`);
    } catch (error) {
      const known = error instanceof HubError ? error : undefined;
      if (!known) deps.log(`Dashboard ${request.method} ${request.url} failed: ${error instanceof Error ? error.stack : String(error)}`);
      const status = known?.status ?? 500;
      send(response, status, messagePage(language, String(status), known?.message ?? 'The hub failed to answer; the error was logged.'));
    }
  };
}
