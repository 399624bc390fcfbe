import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { exportArchive } from '../../core/archive/exportArchive';
import { importArchive } from '../../core/archive/importArchive';
import { ArchiveRefused } from '../../core/archive/refused';
import { maxArchiveBytes } from '../../shared/contract/archive';
import { ApiError } from '../../shared/domain/errors';
import { Id } from '../../shared/domain/ids';
import { dataDirOption, parseCommand, UsageError } from '../args';
import { CliFailure, openEngine } from '../openEngine';

export const archiveHelp = [
  'minga archive export [--data DIR] [--exercise ID] --out FILE',
  '                                      a portable archive (zip) of every exercise, or of one, with its images',
  'minga archive import [--data DIR] FILE           merge an archive into this folder (a CRDT merge; again changes nothing)',
].join('\n  ');

const Args = z.object({
  data: dataDirOption,
  json: z.boolean(),
  out: z.string().min(1).optional(),
  exercise: Id.optional(),
});

/** `minga archive export|import`: backup and sharing between Minga folders. */
export async function archive(argv: string[]): Promise<void> {
  const args = parseCommand(argv, { out: { type: 'string' }, exercise: { type: 'string' } }, Args);
  const [action, file, ...extra] = args.positionals;
  if (extra.length > 0) throw new UsageError(`Unexpected ${extra.join(' ')}.`);
  if (action === 'export') {
    if (!args.out) throw new UsageError('--out: is required (the archive file to write).');
    if (file !== undefined) throw new UsageError('export writes to --out FILE; it takes no other file.');
    exportTo(args.data, args.out, args.exercise, args.json);
    return;
  }
  if (action === 'import') {
    if (!file) throw new UsageError('import needs the archive FILE.');
    if (args.out || args.exercise) throw new UsageError('--out and --exercise belong to `minga archive export`.');
    importFrom(args.data, file, args.json);
    return;
  }
  throw new UsageError(action ? `Unknown archive command "${action}".` : 'archive needs export or import.');
}

function exportTo(dataDir: string, out: string, exerciseId: string | undefined, json: boolean): void {
  const engine = openEngine(dataDir, 'cli');
  try {
    let made;
    try {
      made = exportArchive(engine.store!, exerciseId === undefined ? {} : { exerciseId });
    } catch (error) {
      if (error instanceof ApiError) throw new CliFailure(`${error.message} Nothing was written.`);
      throw error;
    }
    // Written beside the target and renamed: a failed export leaves no half archive behind.
    const partial = `${out}.partial`;
    try {
      fs.writeFileSync(partial, made.bytes);
      fs.renameSync(partial, out);
    } catch (error) {
      fs.rmSync(partial, { force: true });
      throw new CliFailure(`Cannot write ${out}: ${(error as Error).message}`);
    }
    const { documents, assets } = made.manifest;
    console.log(json
      ? JSON.stringify({ file: path.resolve(out), documents: documents.length, assets: assets.length, bytes: made.bytes.byteLength })
      : `Wrote ${documents.length} documents and ${assets.length} images to ${out} (${made.bytes.byteLength} bytes).`);
  } finally {
    engine.close();
  }
}

function importFrom(dataDir: string, file: string, json: boolean): void {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new CliFailure(`Cannot read ${file}: no such file.`);
  }
  // Checked before reading: a huge foreign file is never loaded into memory.
  if (size > maxArchiveBytes) throw new CliFailure(`${file}: the file is larger than ${maxArchiveBytes / 1024 / 1024} MB, more than any Minga archive. Nothing was imported.`);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const engine = openEngine(dataDir, 'cli');
  try {
    let summary;
    try {
      summary = importArchive(engine.store!, bytes);
    } catch (error) {
      if (error instanceof ArchiveRefused) throw new CliFailure(`${file}: ${error.message} Nothing was imported.`);
      throw error;
    }
    const { created, merged, unchanged, assets } = summary;
    console.log(json
      ? JSON.stringify({ created, merged, unchanged, assets })
      : `Imported ${file}: ${created + merged} changed (${created} new, ${merged} merged), ${unchanged} already up to date, ${assets} new images.`);
  } finally {
    engine.close();
  }
}
