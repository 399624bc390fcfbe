import { appContract, type AppHandlers, type MethodName, type Reply } from '../../shared/contract';
import { ApiError, type ApiErrorShape } from '../../shared/domain/errors';
import type { Session } from '../services/context';

/**
 * The one registrar every transport goes through: it parses the input with the method's zod
 * schema, calls the handler and turns any failure into an error envelope with a code. Bad
 * input never reaches a handler.
 */
export async function dispatch(
  handlers: AppHandlers<Session>,
  method: string,
  input: unknown,
  session: Session,
  log: (message: string, error: unknown) => void = defaultLog,
): Promise<Reply<unknown>> {
  if (!Object.hasOwn(appContract, method)) {
    return { ok: false, error: { code: 'invalid_input', message: `Unknown method ${method}.` } };
  }
  const name = method as MethodName;
  const parsed = appContract[name].input.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), key: issue.message }));
    return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${name}: ${summarise(issues)}`, issues } };
  }
  try {
    const handler = handlers[name] as (input: unknown, session: Session) => unknown;
    return { ok: true, value: await handler(parsed.data, session) };
  } catch (error) {
    return { ok: false, error: toErrorShape(error, name, log) };
  }
}

function summarise(issues: { path: string; key: string }[]): string {
  return issues.map((issue) => `${issue.path || '(root)'}: ${issue.key}`).join('; ');
}

const defaultLog = (message: string, error: unknown) => console.error(message, error);

export function toErrorShape(error: unknown, method: string, log: (message: string, error: unknown) => void = defaultLog): ApiErrorShape {
  if (error instanceof ApiError) return error.toJSON();
  const code = (error as { code?: unknown })?.code;
  if (code === 'SQLITE_FULL') return { code: 'store_unavailable', message: 'The disk is full; nothing was saved.' };
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return { code: 'store_locked', message: 'The database is busy.' };
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return { code: 'store_corrupt', message: 'The database is damaged.' };
  log(`Minga core: ${method} failed`, error);
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
