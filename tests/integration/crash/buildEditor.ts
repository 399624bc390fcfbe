import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Bundles the editor child once, so each round starts a plain `node` in ~100 ms. */
export async function buildEditor(): Promise<string> {
  // Inside the project, so the bundle's package imports resolve from node_modules.
  const cache = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outfile = join(mkdtempSync(join(cache, 'minga-editor-')), 'editor.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'editor.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    // Packages stay imports (resolved from node_modules, one copy of yjs): bundling CommonJS ones
    // such as ws into an ES module breaks their require() calls.
    packages: 'external',
    logLevel: 'silent',
  });
  return outfile;
}
