import type { ServerResponse } from 'node:http';
import { pageHeaders } from '../dashboard/html';
import type { Role } from '../roles';

/** A dashboard page to send, or a redirect (303, Post/Redirect/Get) when `location` is set. */
export interface PageOutcome { status: number; body: string; location?: string }

export function sendPage(response: ServerResponse, outcome: PageOutcome): void {
  if (outcome.location) {
    response.writeHead(303, { location: outcome.location, 'cache-control': 'no-store', 'content-length': 0 }).end();
    return;
  }
  response.writeHead(outcome.status, { ...pageHeaders, 'content-length': Buffer.byteLength(outcome.body) }).end(outcome.body);
}

/** Who may change assignments, the directory and templates from the dashboard. */
export const coordinates = (role: Role) => role === 'admin' || role === 'coordinator';
