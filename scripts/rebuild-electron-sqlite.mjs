#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into resources/native/electron/better_sqlite3.node.
 *
 * The copy in node_modules/better-sqlite3/build stays Node's (tests, browser mode and the
 * `minga` command use it), so the build happens in a temporary copy of the package and only
 * the finished .node file comes out. The core loads it through MINGA_SQLITE_BINDING.
 *
 *   node scripts/rebuild-electron-sqlite.mjs [--target <electron version>] [--nodedir <headers dir>] [--out <file>]
 *
 * --nodedir builds against headers already on disk (for machines that cannot download them).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const headersUrl = 'https://electronjs.org/headers';

const { values: options } = parseArgs({
  options: {
    target: { type: 'string' },
    nodedir: { type: 'string' },
    out: { type: 'string', default: join(root, 'resources', 'native', 'electron', 'better_sqlite3.node') },
  },
});

function readVersion(packageName) {
  const manifest = join(root, 'node_modules', packageName, 'package.json');
  if (!existsSync(manifest)) return null;
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

/** npm ships node-gyp; prefer the copy npm itself uses over downloading one with npx. */
function nodeGypCommand() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const script = candidates.find((candidate) => candidate && existsSync(candidate));
  if (script) return { command: process.execPath, args: [script] };
  return { command: process.platform === 'win32' ? 'npx.cmd' : 'npx', args: ['--yes', 'node-gyp'] };
}

/** Runs a command, showing its output while keeping it to explain a failure afterwards. */
function run(command, args, cwd) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', (error) => done({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

// node-gyp's own wording when fetching headers fails, plus the usual network error codes.
const downloadFailure = /network connectivity|rolling back install|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|certificate|status code [45]\d\d/i;

function explainFailure(output, electronVersion) {
  if (downloadFailure.test(output)) {
    console.error(`
Could not download the Electron ${electronVersion} headers from ${headersUrl}.
No se pudieron descargar los encabezados de Electron ${electronVersion} desde ${headersUrl}.

  The desktop app needs better-sqlite3 built for Electron. On a machine with network access
  run "npm run rebuild:electron", or extract the headers yourself and pass --nodedir <folder>.
  Meanwhile "npm run web" runs Minga in the browser with Node's build, which needs nothing else.

  La aplicación de escritorio necesita better-sqlite3 compilado para Electron. Con acceso a la
  red ejecute "npm run rebuild:electron", o descomprima los encabezados y use --nodedir <carpeta>.
  Mientras tanto, "npm run web" abre Minga en el navegador con la compilación de Node.
`);
    return;
  }
  console.error(`
Building better-sqlite3 for Electron ${electronVersion} failed (see the compiler output above).
La compilación de better-sqlite3 para Electron ${electronVersion} falló (vea la salida anterior).

  It needs Python 3 and a C++20 compiler: build-essential on Debian/Ubuntu, the Xcode command
  line tools on macOS, Visual Studio Build Tools ("Desktop development with C++") on Windows.
  Meanwhile "npm run web" runs Minga in the browser. / Mientras tanto, use "npm run web".
`);
}

async function main() {
  const electronVersion = options.target ?? readVersion('electron');
  const sqliteVersion = readVersion('better-sqlite3');
  if (!electronVersion || !sqliteVersion) {
    console.error('Run "npm install" first: electron and better-sqlite3 must be in node_modules.\n' +
      'Ejecute primero "npm install": electron y better-sqlite3 deben estar en node_modules.');
    return 1;
  }

  const workDir = mkdtempSync(join(tmpdir(), 'minga-sqlite-electron-'));
  const packageCopy = join(workDir, 'better-sqlite3');
  const source = join(root, 'node_modules', 'better-sqlite3');
  try {
    console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} in ${packageCopy}`);
    // Node's build output stays behind: the copy is compiled from scratch.
    cpSync(source, packageCopy, {
      recursive: true,
      filter: (path) => relative(source, path).split(sep)[0] !== 'build',
    });
    const gyp = nodeGypCommand();
    const args = [
      ...gyp.args, 'rebuild', '--release',
      `--target=${electronVersion}`, `--dist-url=${headersUrl}`, '--runtime=electron',
      ...(options.nodedir ? [`--nodedir=${resolve(options.nodedir)}`] : []),
    ];
    const { code, output } = await run(gyp.command, args, packageCopy);
    const built = join(packageCopy, 'build', 'Release', 'better_sqlite3.node');
    if (code !== 0 || !existsSync(built)) {
      explainFailure(output, electronVersion);
      return 1;
    }
    mkdirSync(dirname(options.out), { recursive: true });
    copyFileSync(built, options.out);
    console.log(`\nElectron build of better-sqlite3 written to ${resolve(options.out)}`);
    return 0;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
