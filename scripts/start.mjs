#!/usr/bin/env node
/**
 * `npm start`: runs the desktop app. Electron's binary is downloaded by its postinstall step,
 * which fails without access to Electron's release host; then this says so plainly (in
 * English and Spanish) and points to browser mode instead of failing with a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = join(root, 'node_modules', 'electron');
const sqliteForElectron = join(root, 'resources', 'native', 'electron', 'better_sqlite3.node');
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');

/** The Electron executable named by node_modules/electron/path.txt, if it was downloaded. */
function electronBinary() {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function explainMissingElectron() {
  const skipping = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD ? ' (ELECTRON_SKIP_BINARY_DOWNLOAD is set / está definida)' : '';
  console.error(`
The Electron binary could not be downloaded on this machine${skipping}.
No se pudo descargar el ejecutable de Electron en este equipo.

  To get it / Para obtenerlo:
    1. Connect to a network that reaches Electron's release host (github.com) or set
       ELECTRON_MIRROR to a mirror. / Conéctese a una red con acceso a github.com o defina
       ELECTRON_MIRROR con un espejo.
    2. Unset ELECTRON_SKIP_BINARY_DOWNLOAD. / Quite la variable ELECTRON_SKIP_BINARY_DOWNLOAD.
    3. Run "npm install" (or just "node node_modules/electron/install.js"), then "npm start".
       Ejecute "npm install" (o solo "node node_modules/electron/install.js") y luego "npm start".

  Meanwhile, run Minga in the browser with the same data: "npm run web".
  Mientras tanto, use Minga en el navegador con los mismos datos: "npm run web".
`);
}

/** Runs a step with the terminal attached; stops the start if it fails. */
function step(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!electronBinary()) {
  explainMissingElectron();
  process.exit(1);
}

if (!existsSync(sqliteForElectron)) {
  console.log('better-sqlite3 has no Electron build yet; building it once (resources/native/electron).');
  console.log('better-sqlite3 aún no está compilado para Electron; se compila una sola vez.');
  step([join(root, 'scripts', 'rebuild-electron-sqlite.mjs')]);
}

step([electronVite, 'build']);
step([electronVite, 'preview', ...process.argv.slice(2)]);
