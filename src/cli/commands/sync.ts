import { hostname } from 'node:os';
import { z } from 'zod';
import { SyncFailure } from '../../core/sync/errors';
import { login as signIn } from '../../core/sync/login';
import { acknowledgedRound } from '../../core/sync/acknowledgedRound';
import { dataDirOption, parseCommand } from '../args';
import { CliFailure, openEngine } from '../openEngine';
import { readPassword } from './hubPassword';

export const loginHelp = 'minga login --hub URL --email E [--data DIR] [--device-name N]   sign this data folder in to a hub (password from stdin)';
export const syncHelp = 'minga sync [--data DIR] [--json]      one sync round with the hub; exits non-zero on failure';

/** Expected failures become a message and an exit code (3 hub unreachable, 4 sign in again, 1 otherwise). */
async function asCli<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SyncFailure) throw new CliFailure(error.message, error.exitCode);
    throw error;
  }
}

export async function login(argv: string[], io: { readPassword: () => Promise<string> } = { readPassword }): Promise<void> {
  const args = parseCommand(
    argv,
    { hub: { type: 'string' }, email: { type: 'string' }, 'device-name': { type: 'string' } },
    z.object({ data: dataDirOption, json: z.boolean(), hub: z.string().min(1), email: z.string().min(1), 'device-name': z.string().min(1).optional() }),
  );
  const password = await io.readPassword();
  if (!password) throw new CliFailure('No password given: type it, or pipe it on standard input.');
  const engine = openEngine(args.data, 'cli');
  try {
    const link = await asCli(() => signIn(engine.store!, {
      hubUrl: args.hub, email: args.email, password, deviceName: args['device-name'] ?? `Minga on ${hostname()}`,
    }));
    console.log(args.json
      ? JSON.stringify(link)
      : `Signed in to ${link.hubUrl} as ${link.email} (${link.role}); this device is ${link.deviceId}. Run \`minga sync\` to sync.`);
  } finally {
    engine.close();
  }
}

export async function sync(argv: string[]): Promise<void> {
  const args = parseCommand(argv, {}, z.object({ data: dataDirOption, json: z.boolean() }));
  const engine = openEngine(args.data, 'cli');
  try {
    // Recorded like the app's own rounds, so its pending count is right afterwards.
    const report = await asCli(() => acknowledgedRound(engine.store!));
    if (args.json) console.log(JSON.stringify(report));
    else {
      console.log(`Synced with ${report.hubUrl}: ${report.sent.length} sent, ${report.received.length} received, ${report.refused.length} refused.`);
      for (const { name, reason } of report.refused) console.error(`  refused ${name}: ${reason}`);
    }
  } finally {
    engine.close();
  }
}
