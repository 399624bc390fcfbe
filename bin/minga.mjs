#!/usr/bin/env node
// The `minga` command: runs the bundled command line (built by `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('Minga has not been built yet. Run `npm run build` (or `npm run web`) first.');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
