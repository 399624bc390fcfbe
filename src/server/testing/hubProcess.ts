import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { killOnExit, spawn, stopChild } from './processes';

export interface HubProcess {
  pid: number;
  url: string;
  syncUrl: string;
  /** Ends the hub at once, as a power cut or the OOM killer would: no shutdown code runs. */
  kill(): Promise<void>;
}

/** Starts `hubChild.ts` on a PostgreSQL database in a child process and waits until it listens. */
export async function startHubProcess(databaseUrl: string, redisUrl?: string): Promise<HubProcess> {
  const script = fileURLToPath(new URL('./hubChild.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, MINGA_TEST_HUB_DATABASE: databaseUrl, MINGA_TEST_HUB_REDIS: redisUrl ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forget = killOnExit(child);
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`The hub process exited (${code}) before listening:\n${errors}`)));
  });
  const { url, syncUrl } = JSON.parse(line) as { url: string; syncUrl: string };
  return {
    pid: child.pid!, url, syncUrl,
    async kill() {
      forget();
      await stopChild(child, 'SIGKILL');
    },
  };
}
