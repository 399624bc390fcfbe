import path from 'node:path';
import { z } from 'zod';
import { SyncFailure } from '../../core/sync/errors';
import { exportDesktopPackage, importDesktopPackage } from '../../core/sync/package/desktopPackage';
import { PackageRefused } from '../../core/sync/package/format';
import { parseDocumentName } from '../../server/access';
import { dataDirOption, parseCommand, UsageError } from '../args';
import { CliFailure, openEngine } from '../openEngine';
import { megabytes, readPackageFile, writePackageFile } from './packageFile';

export const syncPackageHelp = [
  'minga sync-package export [--data DIR] --out FILE [--exercise ID]',
  '                                      write this folder\'s documents to a file for the hub (no network needed)',
  'minga sync-package import [--data DIR] FILE      merge a package the hub made for this folder\'s user',
].join('\n  ');

const Args = z.object({
  data: dataDirOption,
  json: z.boolean(),
  out: z.string().min(1).optional(),
  exercise: z.string().refine((id) => parseDocumentName(`exercise:${id}`) !== undefined, 'must be an exercise id').optional(),
});

/** `minga sync-package export|import`: the desktop's side of offline transfer. */
export async function syncPackage(argv: string[]): Promise<void> {
  const args = parseCommand(argv, { out: { type: 'string' }, exercise: { type: 'string' } }, Args);
  const [action, file, ...extra] = args.positionals;
  if (extra.length > 0) throw new UsageError(`Unexpected ${extra.join(' ')}.`);
  if (action === 'export') {
    if (!args.out) throw new UsageError('--out: is required (the package file to write).');
    if (file !== undefined) throw new UsageError('export writes to --out FILE; it takes no other file.');
    const engine = openEngine(args.data, 'cli');
    try {
      let pkg;
      try {
        pkg = exportDesktopPackage(engine.store!, args.exercise ? { exerciseId: args.exercise } : {});
      } catch (error) {
        if (error instanceof SyncFailure) throw new CliFailure(error.message, error.exitCode);
        throw error;
      }
      if (args.exercise && pkg.documents.length === 0) throw new CliFailure(`This folder has no exercise ${args.exercise}; nothing was written.`);
      const bytes = writePackageFile(args.out, pkg);
      console.log(args.json
        ? JSON.stringify({ file: path.resolve(args.out), documents: pkg.documents.length, bytes })
        : `Wrote ${pkg.documents.length} documents by ${pkg.author.email} to ${args.out} (${megabytes(bytes)}). Import it at the office with \`minga hub sync-package import\`.`);
    } finally {
      engine.close();
    }
    return;
  }
  if (action === 'import') {
    if (!file) throw new UsageError('import needs the package FILE.');
    if (args.out || args.exercise) throw new UsageError('--out and --exercise belong to `minga sync-package export`.');
    const pkg = readPackageFile(file);
    const engine = openEngine(args.data, 'cli');
    try {
      let report;
      try {
        report = importDesktopPackage(engine.store!, pkg);
      } catch (error) {
        if (error instanceof PackageRefused) throw new CliFailure(`${file}: ${error.message} Nothing was imported.`);
        throw error;
      }
      console.log(args.json
        ? JSON.stringify(report)
        : `Imported ${file} (made by the hub for ${pkg.author.email} on ${pkg.createdAt}): ${report.changed.length} changed, ${report.unchanged.length} already up to date.`);
    } finally {
      engine.close();
    }
    return;
  }
  throw new UsageError(action ? `Unknown sync-package command "${action}".` : 'sync-package needs export or import.');
}
