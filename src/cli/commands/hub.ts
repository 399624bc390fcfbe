import { z } from 'zod';
import { startHub } from '../../server/hub';
import { DataFolderLockedError } from '../../core/store/lock';
import { parseCommand, portOption, UsageError } from '../args';
import { CliFailure } from '../openEngine';
import { hubAdmin, hubAdminHelp, type HubAdminIo } from './hubAdmin';
import { readPassword } from './hubPassword';
import { hubDataDirOption } from './hubOptions';

export const hubHelp = [
  'minga hub [--data DIR] [--port N] [--host H] [--origin URL]…   the central office hub: API and sync on one port',
  ...hubAdminHelp,
].join('\n  ');

const hubOptions = {
  port: { type: 'string' },
  host: { type: 'string' },
  origin: { type: 'string', multiple: true },
  email: { type: 'string' },
  role: { type: 'string' },
  exercise: { type: 'string' },
} as const;

const ServeArgs = z.object({
  data: hubDataDirOption,
  port: portOption,
  host: z.string().min(1).optional(),
  origin: z.array(z.url()).optional(),
});

/** `minga hub …`: starts the hub, or with `users` / `assign` administers its accounts. */
export async function hub(argv: string[], io: HubAdminIo = { readPassword: () => readPassword() }): Promise<void> {
  const parsed = parseCommand(argv, hubOptions, z.looseObject({ data: hubDataDirOption }));
  if (parsed.positionals.length > 0) return hubAdmin(parsed.positionals, parsed, io);
  const args = ServeArgs.safeParse(parsed);
  if (!args.success) throw new UsageError(args.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n'));
  for (const flag of ['email', 'role', 'exercise'] as const) {
    if (parsed[flag] !== undefined) throw new UsageError(`--${flag} belongs to \`minga hub users\` or \`minga hub assign\`.`);
  }
  let running;
  try {
    running = await startHub({
      dataDir: args.data.data, port: args.data.port ?? 5191, host: args.data.host, allowedOrigins: args.data.origin,
    });
  } catch (error) {
    if (error instanceof DataFolderLockedError) throw new CliFailure(error.message);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CliFailure(`The port is already in use; choose another with --port.`);
    throw error;
  }
  console.log(`Minga hub is running at ${running.url} (sync: ${running.syncUrl})`);
  console.log(`Data folder: ${args.data.data}`);
  if ((args.data.host ?? '127.0.0.1') === '127.0.0.1') console.log('Listening on this computer only; use --host 0.0.0.0 behind a TLS proxy to serve others.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
