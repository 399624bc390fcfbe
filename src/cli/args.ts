import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { defaultDataDir } from '../core/paths';

/** Flags every command understands; each command's own flags are validated with zod. */
export const commonOptions = {
  data: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export class UsageError extends Error {}

export function parseCommand<T extends z.ZodType>(
  argv: string[],
  options: ParseArgsConfig['options'],
  schema: T,
): z.output<T> & { positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...commonOptions, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const result = schema.safeParse(parsed.values);
  if (!result.success) {
    throw new UsageError(result.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n'));
  }
  return { ...(result.data as object), positionals: parsed.positionals } as z.output<T> & { positionals: string[] };
}

export const dataDirOption = z.string().min(1).optional().transform((value) => value ?? defaultDataDir());
export const portOption = z
  .string()
  .regex(/^\d+$/, 'must be a port number')
  .transform(Number)
  .refine((port) => port >= 0 && port <= 65_535, 'must be between 0 and 65535')
  .optional();
