/**
 * Errors the hub answers with: an HTTP status and a stable code, plus an English message for
 * logs and the command line. The desktop sync client maps codes to its own catalogue.
 */
export const hubErrorCodes = {
  invalid_json: 400,
  invalid_input: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  token_reused: 401,
  forbidden: 403,
  origin_refused: 403,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
} as const;
export type HubErrorCode = keyof typeof hubErrorCodes;

export class HubError extends Error {
  readonly status: number;
  constructor(
    readonly code: HubErrorCode,
    message: string,
    readonly extra: { retryAfterMs?: number; issues?: { path: string; message: string }[] } = {},
  ) {
    super(message);
    this.name = 'HubError';
    this.status = hubErrorCodes[code];
  }

  toJSON(): { code: HubErrorCode; message: string; retryAfterSeconds?: number; issues?: { path: string; message: string }[] } {
    return {
      code: this.code,
      message: this.message,
      ...(this.extra.retryAfterMs !== undefined ? { retryAfterSeconds: Math.ceil(this.extra.retryAfterMs / 1000) } : {}),
      ...(this.extra.issues ? { issues: this.extra.issues } : {}),
    };
  }
}

/**
 * The hub cannot start or reach what it needs (its database, Redis, a newer schema). The message
 * is for whoever runs the hub and says what to check; the command line prints it without a stack.
 */
export class HubStartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HubStartupError';
  }
}
