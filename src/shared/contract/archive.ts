import { z } from 'zod';
import { Id } from '../domain/ids';
import { Bytes } from './boards';
import { procedure } from './procedure';

/**
 * The portable archive (a zip of documents, images and a manifest) that moves one exercise or a
 * whole data folder to another Minga. Importing merges by document identity (a CRDT merge) and
 * is idempotent; the format is described in docs/ARCHITECTURE.md, "Portable archive".
 */

/** Larger than any real archive of documents and board images; a bigger file is refused unread. */
export const maxArchiveBytes = 100 * 1024 * 1024;

/**
 * Why an archive was refused; each is a catalogue key `archive.problem.<problem>` in the
 * renderer, and the refusal names the entry concerned where there is one.
 */
export const archiveProblems = [
  'not_zip', 'too_large', 'truncated', 'too_many_entries', 'entry_too_large', 'compression_ratio',
  'unsafe_name', 'unexpected_entry', 'duplicate_entry', 'damaged_entry', 'manifest_invalid',
  'too_new', 'missing_entry', 'checksum_mismatch', 'not_a_document', 'wrong_kind',
  'missing_exercise', 'missing_workshop', 'kind_conflict', 'not_an_image',
] as const;
export type ArchiveProblem = (typeof archiveProblems)[number];
export const archiveProblemKey = (problem: ArchiveProblem) => `archive.problem.${problem}` as const;

export const ArchiveSummary = z.object({
  /** Documents this folder did not have. */
  created: z.number().int().min(0),
  /** Documents this folder had and that gained something from the archive. */
  merged: z.number().int().min(0),
  /** Documents this folder already had everything of. */
  unchanged: z.number().int().min(0),
  /** Images this folder did not have. */
  assets: z.number().int().min(0),
});
export type ArchiveSummary = z.infer<typeof ArchiveSummary>;

const ArchiveBytes = Bytes.refine((bytes) => bytes.byteLength <= maxArchiveBytes, archiveProblemKey('too_large'));

export const archiveContract = {
  /** The archive of one exercise (its workshops and boards) or of every exercise, as bytes. */
  exportArchive: procedure(
    z.object({ exerciseId: Id.optional() }),
    z.object({ bytes: Bytes, fileName: z.string(), documents: z.number().int(), assets: z.number().int() }),
  ),
  /** Checks the whole archive, then merges it in one transaction; a refusal changes nothing. */
  importArchive: procedure(z.object({ bytes: ArchiveBytes }), ArchiveSummary),
};
