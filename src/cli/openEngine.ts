import { Engine } from '../core/engine';
import { DataFolderLockedError } from '../core/store/lock';

export class CliFailure extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** Opens the engine for a command, turning a busy folder or a broken store into a clear failure. */
export function openEngine(dataDir: string, owner: string, options: { allowBroken?: boolean; rendererDir?: string } = {}): Engine {
  const engine = new Engine({ dataDir, owner, backupIntervalMs: 0, log: () => undefined, ...(options.rendererDir ? { rendererDir: options.rendererDir } : {}) });
  try {
    engine.start();
  } catch (error) {
    if (error instanceof DataFolderLockedError) throw new CliFailure(error.message);
    throw error;
  }
  if (engine.state.state !== 'ready' && !options.allowBroken) {
    engine.close();
    throw new CliFailure(`The store in ${dataDir} cannot be used (${engine.state.state}): ${engine.state.detail}\n` +
      'Run `minga restore --latest` to go back to the newest good backup.');
  }
  return engine;
}
