import { z } from 'zod';
import { tagLimits } from '../../shared/board/elements';
import { parseTags } from '../../shared/board/tags';
import { validationKeys } from '../../shared/domain/errors';
import { limits } from '../../shared/domain/limits';

/** A note's author and tags as the form edits them: tags typed as one comma-separated line. */
export const NoteDetailsForm = z.object({
  author: z.string().trim().max(limits.shortText, { error: validationKeys.tooLong }),
  tags: z
    .string()
    .transform(parseTags)
    .pipe(z.array(z.string().max(tagLimits.length, { error: validationKeys.tooLong })).max(tagLimits.count, { error: validationKeys.tooMany })),
});
export type NoteDetailsInput = z.input<typeof NoteDetailsForm>;
export type NoteDetails = z.output<typeof NoteDetailsForm>;
