/**
 * Error codes travel across every boundary; the renderer turns them into text through the
 * i18n catalogues, so the core never sends user-facing prose in a particular language.
 */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'store_unavailable',
  'store_corrupt',
  'store_too_new',
  'store_locked',
  'too_large',
  'internal',
  /** Sign-in to the central office hub (see src/shared/contract/sync.ts). */
  'hub_unreachable',
  'invalid_credentials',
  'hub_refused',
  /** A board to PDF/PNG/SVG needs Chromium and the built renderer, which this process lacks. */
  'export_unavailable',
  /** The person cancelled a long export; nothing was written. */
  'cancelled',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Validation message keys used inside zod schemas; each has an entry in the catalogues. */
export const validationKeys = {
  required: 'validation.required',
  tooLong: 'validation.tooLong',
  invalidDate: 'validation.invalidDate',
  endBeforeStart: 'validation.endBeforeStart',
  invalidEmail: 'validation.invalidEmail',
  positiveMinutes: 'validation.positiveMinutes',
  consentDateRequired: 'validation.consentDateRequired',
  consentVersionRequired: 'validation.consentVersionRequired',
  tooMany: 'validation.tooMany',
  invalid: 'validation.invalid',
  hubUrl: 'validation.hubUrl',
  /** Contributions and indicators (src/shared/domain/money.ts, indicator.ts). */
  invalidAmount: 'validation.invalidAmount',
  amountPositive: 'validation.amountPositive',
  invalidNumber: 'validation.invalidNumber',
  invalidPeriod: 'validation.invalidPeriod',
  periodBeforeBaseline: 'validation.periodBeforeBaseline',
  duplicatePeriod: 'validation.duplicatePeriod',
  /** Innovation culture diagnosis (src/shared/methods/culture). */
  likertAnswer: 'validation.likertAnswer',
  /** Financial estimate (src/shared/methods/finance, src/shared/documents/finance.ts). */
  quantityPositive: 'validation.quantityPositive',
  discountRateRange: 'validation.discountRateRange',
  horizonRange: 'validation.horizonRange',
  periodOutsideHorizon: 'validation.periodOutsideHorizon',
  horizonBelowLines: 'validation.horizonBelowLines',
  /** Benchmarking matrix (src/shared/documents/benchmark.ts). */
  weightRange: 'validation.weightRange',
  scoreRange: 'validation.scoreRange',
  webLink: 'validation.webLink',
} as const;
export type ValidationKey = (typeof validationKeys)[keyof typeof validationKeys];

export interface ApiErrorShape {
  code: ErrorCode;
  /** A technical message for logs and the command line (English). */
  message: string;
  /** Field issues for forms: path and a validation key. */
  issues?: { path: string; key: string }[];
}

export class ApiError extends Error implements ApiErrorShape {
  readonly code: ErrorCode;
  readonly issues?: { path: string; key: string }[];
  constructor(code: ErrorCode, message: string, issues?: { path: string; key: string }[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (issues) this.issues = issues;
  }
  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  return (
    typeof value === 'object' && value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (errorCodes as readonly string[]).includes((value as { code: string }).code)
  );
}
