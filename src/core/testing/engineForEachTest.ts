import { afterEach, beforeEach } from 'vitest';
import type { EngineOptions } from '../engine';
import { startTestEngine, tempDataDir } from './harness';

/**
 * A fresh engine on a throwaway data folder for every test of the calling `describe`, closed
 * and removed afterwards. Read `running` and `dataDir` inside the tests.
 */
export function engineForEachTest(options: Partial<EngineOptions> = {}) {
  let folder: ReturnType<typeof tempDataDir> | undefined;
  let engine: ReturnType<typeof startTestEngine> | undefined;
  beforeEach(() => {
    folder = tempDataDir();
    engine = startTestEngine(folder.dir, options);
  });
  afterEach(() => {
    engine?.close();
    folder?.remove();
  });
  return {
    /** Closes the engine and opens the same data folder again, as after quitting the app. */
    restart() {
      engine?.close();
      engine = startTestEngine(folder!.dir, options);
      return engine;
    },
    get running() {
      if (!engine) throw new Error('engineForEachTest: read `running` inside a test');
      return engine;
    },
    get dataDir() {
      if (!folder) throw new Error('engineForEachTest: read `dataDir` inside a test');
      return folder.dir;
    },
  };
}
