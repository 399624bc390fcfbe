import { z } from 'zod';
import { DocumentsReply, ErrorReply, TokensReply, type LoginBody } from '../../shared/hub/api';
import { ManifestReply } from '../../shared/hub/manifest';
import { SyncFailure } from './errors';

/** A hub address as the user types it: http(s), no path, query or credentials; kept without a trailing slash. */
export const HubUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
  .transform((value) => new URL(value))
  .refine((url) => !url.username && !url.password, 'must not contain a user name or password')
  .refine((url) => url.pathname === '/' && !url.search && !url.hash, 'must be the hub\'s address only, like http://hub.local:4242')
  .transform((url) => url.origin);

/** Where the hub serves Yjs sync for an address (see src/server/hub.ts). */
export function syncUrlOf(hubUrl: string): string {
  const url = new URL(hubUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = '/sync';
  return url.toString();
}

export type Fetch = typeof fetch;

/**
 * Calls the hub's JSON API and parses the reply with the shared schemas, turning every expected
 * failure into a SyncFailure with a message for people.
 */
export async function callHub<T extends z.ZodType>(
  hubUrl: string,
  path: string,
  reply: T,
  init: { body?: unknown; token?: string; fetch?: Fetch; timeoutMs?: number } = {},
): Promise<z.output<T>> {
  let response: Response;
  try {
    response = await (init.fetch ?? fetch)(`${hubUrl}${path}`, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(init.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw new SyncFailure('hub_unreachable', `The hub at ${hubUrl} cannot be reached (${describeNetworkError(error)}). Check the address and that the hub is running.`, { cause: error });
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new SyncFailure('hub_unreachable', `${hubUrl} answered, but not as a Minga hub (HTTP ${response.status}, not JSON).`);
  }
  if (!response.ok) throw refusal(hubUrl, response.status, ErrorReply.safeParse(json).data);
  const parsed = reply.safeParse(json);
  if (!parsed.success) throw new SyncFailure('hub_unreachable', `${hubUrl} answered ${path} with something this Minga does not understand; is it a Minga hub of a compatible version?`);
  return parsed.data;
}

function refusal(hubUrl: string, status: number, error: z.infer<typeof ErrorReply> | undefined): SyncFailure {
  const said = error ? `${error.message} (${error.code})` : `HTTP ${status}`;
  if (error?.code === 'invalid_credentials') return new SyncFailure('invalid_credentials', 'The hub refused the sign-in: the email or password is not correct, or the account is disabled.');
  if (error?.code === 'unauthorized' || error?.code === 'token_reused') {
    return new SyncFailure('device_signed_out', `This device is no longer signed in to ${hubUrl} (it was revoked, or its sign-in expired): ${said}. Run \`minga login\` again.`);
  }
  return new SyncFailure('hub_refused', `The hub at ${hubUrl} refused the request: ${said}.`);
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  if (cause?.code) return cause.code;
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer in time';
  return error instanceof Error ? error.message : String(error);
}

export const hubApi = {
  login: (hubUrl: string, body: LoginBody, fetchImpl?: Fetch) => callHub(hubUrl, '/api/auth/login', TokensReply, { body, ...(fetchImpl ? { fetch: fetchImpl } : {}) }),
  refresh: (hubUrl: string, refreshToken: string, fetchImpl?: Fetch) => callHub(hubUrl, '/api/auth/refresh', TokensReply, { body: { refreshToken }, ...(fetchImpl ? { fetch: fetchImpl } : {}) }),
  documents: (hubUrl: string, token: string, fetchImpl?: Fetch) => callHub(hubUrl, '/api/documents', DocumentsReply, { token, ...(fetchImpl ? { fetch: fetchImpl } : {}) }),
  manifest: (hubUrl: string, token: string, digests: string[], fetchImpl?: Fetch) => callHub(hubUrl, '/api/sync/manifest', ManifestReply, { token, body: { digests }, ...(fetchImpl ? { fetch: fetchImpl } : {}) }),
};
