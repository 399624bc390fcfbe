import { z } from 'zod';

/** Where a hub keeps its data: SQLite in a folder, or a PostgreSQL database shared by instances. */
export type HubLocation = { kind: 'sqlite'; dataDir: string } | { kind: 'postgres'; url: string };

function urlWith(protocols: string[], example: string) {
  return z.string().trim().refine((value) => {
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname !== '';
  }, `must be a URL like ${example}`);
}

export const PostgresUrl = urlWith(['postgres:', 'postgresql:'], 'postgres://minga:PASSWORD@db.example:5432/minga');
export const RedisUrl = urlWith(['redis:', 'rediss:'], 'redis://127.0.0.1:6379 (or rediss:// for TLS)');

/**
 * The storage flags of `minga hub`, checked together: a hub keeps its data either in a folder or
 * in PostgreSQL, and Redis only makes sense for several instances sharing one PostgreSQL.
 */
export const HubStorage = z
  .object({
    data: z.string().min(1).optional(),
    database: PostgresUrl.optional(),
    redis: RedisUrl.optional(),
  })
  .superRefine((value, context) => {
    if (value.data !== undefined && value.database !== undefined) {
      context.addIssue({
        code: 'custom', path: ['database'],
        message: 'cannot be used with --data: the hub keeps its data either in a folder (SQLite) or in PostgreSQL',
      });
    }
    if (value.redis !== undefined && value.database === undefined) {
      context.addIssue({
        code: 'custom', path: ['redis'],
        message: 'needs --database: hub instances that share documents through Redis must share one PostgreSQL database',
      });
    }
  });
export type HubStorage = z.output<typeof HubStorage>;

/** The location named by validated storage flags; without either, SQLite in `defaultDataDir()`. */
export function hubLocation(storage: HubStorage, defaultDataDir: () => string): HubLocation {
  return storage.database !== undefined ? { kind: 'postgres', url: storage.database } : { kind: 'sqlite', dataDir: storage.data ?? defaultDataDir() };
}

/** A URL fit for messages and logs: the password replaced. */
export function withoutPassword(value: string): string {
  if (!URL.canParse(value)) return value;
  const url = new URL(value);
  if (url.password) url.password = '***';
  return url.toString();
}

/** The issues of a failed check as `--flag: message` lines. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n');
}
