import { z } from 'zod';
import { BoardSummary } from '../domain/board';
import { Id } from '../domain/ids';
import { importFormats } from '../interchange/importFile';
import { maxImportBytes } from '../interchange/refusal';
import { procedure } from './procedure';

/** What an import made (counts by element type) and what it left out (counts by the file's own type). */
export const ImportSummary = z.object({
  created: z.record(z.string(), z.number().int()),
  skipped: z.record(z.string(), z.number().int()),
});

/**
 * Boards in open formats (src/shared/interchange): JSON Canvas 1.0 out and in, Excalidraw in.
 * A refused import answers `invalid_input` (or `too_large`) with one issue whose key is
 * `interchange.refused.<reason>` and whose path says where in the file; nothing is written.
 */
export const interchangeContract = {
  exportBoardCanvas: procedure(z.object({ boardId: Id }), z.object({ fileName: z.string(), content: z.string() })),
  /**
   * Imports one file as a new board: into `workshopId` when given; else into a new workshop of
   * `exerciseId`; else into a new exercise and workshop, both named after the file.
   */
  importBoardFile: procedure(
    z.object({
      fileName: z.string().trim().min(1).max(255),
      // UTF-16 units; the exact UTF-8 size is checked before parsing (`maxImportBytes`).
      content: z.string().max(maxImportBytes),
      exerciseId: Id.optional(),
      workshopId: Id.optional(),
    }),
    z.object({
      format: z.enum(importFormats),
      exerciseId: Id,
      workshopId: Id,
      boards: z.array(BoardSummary),
      summary: ImportSummary,
    }),
  ),
};
