import { z } from 'zod';
import { DataFolderLockedError } from '../../core/store/lock';
import { HubStartupError } from '../../server/errors';
import { startHub } from '../../server/hub';
import { describeIssues, HubStorage, hubLocation, withoutPassword, type HubLocation } from '../../server/location';
import { defaultHubDataDir } from '../../server/store/hubStore';
import { parseCommand, portOption, UsageError } from '../args';
import { CliFailure } from '../openEngine';
import { hubAdmin, type HubAdminIo } from './hubAdmin';
import { hubSyncPackage } from './hubSyncPackage';
export { hubHelp } from './hubUsage';
import { readPassword } from './hubPassword';


const hubOptions = {
  database: { type: 'string' },
  redis: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  origin: { type: 'string', multiple: true },
  email: { type: 'string' },
  role: { type: 'string' },
  exercise: { type: 'string' },
  out: { type: 'string' },
} as const;

const ServeArgs = z.object({
  port: portOption,
  host: z.string().min(1).optional(),
  origin: z.array(z.url()).optional(),
});

/** `minga hub …`: starts the hub, or with `users` / `assign` administers its accounts. */
export async function hub(argv: string[], io: HubAdminIo = { readPassword: () => readPassword() }): Promise<void> {
  const parsed = parseCommand(argv, hubOptions, z.looseObject({}));
  const storage = HubStorage.safeParse({ data: parsed.data, database: parsed.database, redis: parsed.redis });
  if (!storage.success) throw new UsageError(describeIssues(storage.error));
  const location = hubLocation(storage.data, () => defaultHubDataDir());
  if (parsed.positionals.length > 0) {
    if (storage.data.redis !== undefined) throw new UsageError('--redis belongs to `minga hub` itself, not to its admin commands.');
    if (parsed.positionals[0] === 'sync-package') return hubSyncPackage(parsed.positionals.slice(1), { ...parsed, location });
    return hubAdmin(parsed.positionals, { ...parsed, location }, io);
  }
  const args = ServeArgs.safeParse(parsed);
  if (!args.success) throw new UsageError(describeIssues(args.error));
  for (const flag of ['email', 'role', 'exercise', 'out'] as const) {
    if (parsed[flag] !== undefined) throw new UsageError(`--${flag} belongs to an admin command (\`minga hub users\`, \`assign\` or \`sync-package\`).`);
  }
  let running;
  try {
    running = await startHub({
      ...locationOptions(location), redisUrl: storage.data.redis,
      port: args.data.port ?? 5191, host: args.data.host, allowedOrigins: args.data.origin,
    });
  } catch (error) {
    if (error instanceof DataFolderLockedError || error instanceof HubStartupError) throw new CliFailure(error.message);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CliFailure(`The port is already in use; choose another with --port.`);
    throw error;
  }
  console.log(`Minga hub is running at ${running.url} (sync: ${running.syncUrl}; dashboard: ${running.url}/dashboard)`);
  console.log(location.kind === 'sqlite' ? `Data folder: ${location.dataDir}` : `Database: ${withoutPassword(location.url)}`);
  if (storage.data.redis) console.log(`Sharing documents with other instances through Redis ${withoutPassword(storage.data.redis)} as ${running.redisIdentifier}`);
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

export function locationOptions(location: HubLocation): { dataDir?: string; databaseUrl?: string } {
  return location.kind === 'sqlite' ? { dataDir: location.dataDir } : { databaseUrl: location.url };
}
