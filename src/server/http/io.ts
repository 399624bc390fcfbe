import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { HubError } from '../errors';

const maxBodyBytes = 16 * 1024;

const commonHeaders = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-type': 'application/json; charset=utf-8',
};

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...commonHeaders, 'content-length': Buffer.byteLength(text), ...headers }).end(text);
}

export function sendError(response: ServerResponse, error: HubError): void {
  const retry = error.extra.retryAfterMs;
  sendJson(response, error.status, error.toJSON(), retry !== undefined ? { 'retry-after': String(Math.ceil(retry / 1000)) } : {});
}

/** Reads a JSON body of at most 16 KiB; anything else is a 4xx with a message that says why. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HubError('unsupported_media_type', 'Send the body as JSON (Content-Type: application/json).');
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) throw new HubError('payload_too_large', `The body is larger than ${maxBodyBytes} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new HubError('payload_too_large', `The body is larger than ${maxBodyBytes} bytes.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HubError('invalid_json', `The body is not valid JSON: ${(error as Error).message}`);
  }
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const summary = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
  throw new HubError('invalid_input', `The ${what} is not valid: ${summary}`, { issues });
}

/** Reads an HTML form post (application/x-www-form-urlencoded) of at most 16 KiB. */
export async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) {
    throw new HubError('unsupported_media_type', 'Send the form as application/x-www-form-urlencoded.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new HubError('payload_too_large', `The body is larger than ${maxBodyBytes} bytes.`);
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
