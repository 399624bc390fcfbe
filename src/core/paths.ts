import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The data folder the desktop app uses, so that `minga` commands without --data work on the
 * same store: Electron's userData location for an app named "Minga".
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.MINGA_DATA) return env.MINGA_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Minga');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Minga');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Minga');
}

export interface DataPaths {
  dataDir: string;
  database: string;
  backups: string;
}

export function dataPaths(dataDir: string): DataPaths {
  return { dataDir, database: join(dataDir, 'minga.sqlite'), backups: join(dataDir, 'backups') };
}
