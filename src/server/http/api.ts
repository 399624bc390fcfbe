import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Authenticated, Sessions } from '../auth/sessions';
import { HubError } from '../errors';
import type { Access, AccessPolicy } from '../access';
import type { ProjectionStore } from '../projections/rows';
import type { AccountStore, DeviceRecord, DeviceStore, DocumentStore } from '../store/types';
import { portfolioRoutes } from './portfolioRoutes';
import { sessionCookie, readCookie } from './cookies';
import { DeviceId, DevicesQuery, LoginBody, RefreshBody, type DocumentsReply } from './schemas';
import { parseWith, readJson, sendError, sendJson } from './io';

export interface ApiDeps {
  sessions: Sessions;
  devices: DeviceStore;
  documents: DocumentStore;
  accounts: AccountStore;
  projections: ProjectionStore;
  policy: AccessPolicy;
  /** Runs the sync sweep at once, so a revoked device loses its connections now. */
  sweepNow: () => Promise<unknown>;
  clientAddress: (request: IncomingMessage) => string;
  originAllowed: (origin: string | undefined) => boolean;
  log: (message: string) => void;
  version: string;
}

export interface Call {
  request: IncomingMessage;
  url: URL;
  params: string[];
}

/** A JSON body, or `raw` content with its own headers (CSV). */
export type Handler = (call: Call) => Promise<{ status?: number; body: unknown; raw?: { content: string; headers: Record<string, string> } }>;
export interface Route { method: string; pattern: RegExp; handler: Handler }

const publicDevice = (device: DeviceRecord) => ({
  id: device.id, userId: device.userId, name: device.name, createdAt: device.createdAt,
  lastUsedAt: device.lastUsedAt, revokedAt: device.revokedAt,
});

/** The hub's HTTP API under /api: sign-in, token refresh, devices. */
export function createApi(deps: ApiDeps): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const { sessions, devices } = deps;

  const signedIn = async (request: IncomingMessage): Promise<Authenticated> => {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer (\S+)$/.exec(header);
    // The dashboard's session cookie is accepted for reading only (GET), so no form on another
    // site could make a signed-in browser change anything, even without SameSite=Strict.
    const cookie = request.method === 'GET' ? readCookie(request, sessionCookie) : undefined;
    const token = match ? match[1]! : cookie;
    const auth = token ? await sessions.authenticate(token) : undefined;
    if (!auth) throw new HubError('unauthorized', 'Sign in first: send a valid access token as "Authorization: Bearer …".');
    return auth;
  };

  const routes: Route[] = [
    {
      method: 'GET', pattern: /^\/api\/health$/,
      handler: async () => ({ body: { ok: true, version: deps.version } }),
    },
    {
      method: 'POST', pattern: /^\/api\/auth\/login$/,
      handler: async ({ request }) => {
        const body = parseWith(LoginBody, await readJson(request), 'sign-in request');
        return { body: await sessions.login(body, deps.clientAddress(request)) };
      },
    },
    {
      method: 'POST', pattern: /^\/api\/auth\/refresh$/,
      handler: async ({ request }) => {
        const body = parseWith(RefreshBody, await readJson(request), 'refresh request');
        return { body: await sessions.refresh(body.refreshToken) };
      },
    },
    {
      method: 'GET', pattern: /^\/api\/me$/,
      handler: async ({ request }) => {
        const { user, device } = await signedIn(request);
        return { body: { user: { id: user.id, email: user.email, role: user.role }, device: publicDevice(device) } };
      },
    },
    {
      method: 'GET', pattern: /^\/api\/documents$/,
      // What a desktop may fetch in a sync round. Access is decided once per exercise, from the
      // database as always; listing every record is fine at a central office's scale.
      handler: async ({ request }) => {
        const { user } = await signedIn(request);
        const byExercise = new Map<string, Access>();
        const listed = [];
        for (const record of await deps.documents.records()) {
          // Hub-owned documents (directory, templates) have no exercise: the policy decides by kind.
          if (record.exerciseId === null) {
            const { access } = await deps.policy.forDocument(user, record.name);
            if (access !== 'none') listed.push({ name: record.name, exerciseId: null, access });
            continue;
          }
          let access = byExercise.get(record.exerciseId);
          if (!access) {
            access = await deps.policy.forExercise(user, record.exerciseId);
            byExercise.set(record.exerciseId, access);
          }
          if (access !== 'none') listed.push({ name: record.name, exerciseId: record.exerciseId, access });
        }
        return { body: { documents: listed } satisfies DocumentsReply };
      },
    },
    {
      method: 'GET', pattern: /^\/api\/devices$/,
      handler: async ({ request, url }) => {
        const { user } = await signedIn(request);
        const query = parseWith(DevicesQuery, Object.fromEntries(url.searchParams), 'query');
        const userId = user.role === 'admin' ? query.userId : (query.userId ?? user.id);
        if (user.role !== 'admin' && userId !== user.id) throw new HubError('forbidden', 'Only an admin can list other users\' devices.');
        return { body: { devices: (await devices.list(userId)).map(publicDevice) } };
      },
    },
    {
      method: 'POST', pattern: /^\/api\/devices\/([^/]+)\/revoke$/,
      handler: async ({ request, params }) => {
        const { user } = await signedIn(request);
        const id = parseWith(DeviceId, params[0], 'device id');
        const device = await devices.byId(id);
        // Users may sign out their own devices; only an admin may revoke anyone's.
        if (!device || (user.role !== 'admin' && device.userId !== user.id)) throw new HubError('not_found', 'There is no such device.');
        const revoked = await devices.revoke(id);
        await deps.sweepNow();
        return { body: { id, revoked: true, alreadyRevoked: !revoked } };
      },
    },
    ...portfolioRoutes(deps, (call) => signedIn(call.request)),
  ];

  return async (request, response) => {
    try {
      if (!deps.originAllowed(request.headers.origin)) throw new HubError('origin_refused', 'Requests from this origin are not allowed.');
      const url = new URL(request.url ?? '/', 'http://hub.invalid');
      const matching = routes.filter((route) => route.pattern.test(url.pathname));
      if (matching.length === 0) throw new HubError('not_found', `Nothing at ${url.pathname}.`);
      const route = matching.find((candidate) => candidate.method === request.method);
      if (!route) throw new HubError('method_not_allowed', `Use ${matching.map((candidate) => candidate.method).join(' or ')} for ${url.pathname}.`);
      const params = route.pattern.exec(url.pathname)!.slice(1).map(safeDecode);
      const result = await route.handler({ request, url, params });
      if (result.raw) {
        const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...result.raw.headers };
        response.writeHead(result.status ?? 200, { ...headers, 'content-length': Buffer.byteLength(result.raw.content) }).end(result.raw.content);
      } else sendJson(response, result.status ?? 200, result.body);
    } catch (error) {
      if (error instanceof HubError) {
        sendError(response, error);
        return;
      }
      deps.log(`HTTP ${request.method} ${request.url} failed: ${error instanceof Error ? error.stack : String(error)}`);
      sendError(response, new HubError('internal', 'The hub failed to answer; the error was logged.'));
    }
  };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HubError('not_found', 'The address is not valid.');
  }
}
