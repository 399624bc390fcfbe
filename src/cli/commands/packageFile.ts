import fs from 'node:fs';
import { decodePackage, encodePackage, maxPackageBytes, PackageRefused, type SyncPackage } from '../../core/sync/package/format';
import { CliFailure } from '../openEngine';

/** Exit code when a package was imported but some of its documents were refused. */
export const someRefusedExitCode = 5;

/** Reads and checks a package file; anything wrong with it is a clear failure before any change. */
export function readPackageFile(file: string): SyncPackage {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new CliFailure(`Cannot read ${file}: no such file.`);
  }
  // Checked before reading: a huge foreign file is not loaded into memory.
  if (size > maxPackageBytes) throw new CliFailure(`${file} is larger than ${maxPackageBytes / 1024 / 1024} MB, more than any sync package; nothing was imported.`);
  return asCli(file, () => decodePackage(fs.readFileSync(file)));
}

/**
 * Writes beside the target and renames, so a reader never finds half a package under the final
 * name (the checksum would refuse it anyway, but with a less helpful message).
 */
export function writePackageFile(file: string, pkg: SyncPackage): number {
  const bytes = asCli(file, () => encodePackage(pkg));
  const partial = `${file}.partial`;
  try {
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new CliFailure(`Cannot write ${file}: ${(error as Error).message}`);
  }
  return bytes.length;
}

export function asCli<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof PackageRefused) throw new CliFailure(`${file}: ${error.message} Nothing was imported.`);
    throw error;
  }
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
