import { z } from 'zod';
import { Id } from './ids';
import { limits } from './limits';
import { requiredText } from './text';

/**
 * A projector-friendly palette: light fills with dark text, distinct even on a washed-out
 * wall projection. Names are stable keys; the renderer maps them to colours and labels.
 */
export const noteColors = ['yellow', 'orange', 'pink', 'green', 'blue', 'purple'] as const;
export const NoteColor = z.enum(noteColors);
export type NoteColor = z.infer<typeof NoteColor>;

/**
 * Board kinds are the ids of the board templates (src/shared/templates): a board remembers
 * which template it was made from. A test checks this list and the template registry agree.
 */
export const boardKinds = [
  'blank', 'bmc', 'value-proposition', 'stakeholder-map', 'empathy-map', 'persona', 'journey-map', 'ideation', 'swot',
  'benchmarking', 'strategic-plan', 'financial-estimate', 'culture-diagnosis', 'impact-model',
] as const;
export const BoardKind = z.enum(boardKinds);
export type BoardKind = z.infer<typeof BoardKind>;

export const BoardFields = z.object({
  title: requiredText(limits.title),
  kind: BoardKind.default('blank'),
});
export type BoardFieldsInput = z.input<typeof BoardFields>;

export const BoardSummary = z.object({
  id: Id,
  workshopId: Id,
  exerciseId: Id,
  title: z.string(),
  kind: BoardKind,
  elementCount: z.number().int(),
  updatedAt: z.string(),
});
export type BoardSummary = z.infer<typeof BoardSummary>;

/** A board in the trash, with where it came from and when it leaves for good. */
export const TrashedBoard = BoardSummary.extend({
  exerciseTitle: z.string(),
  workshopTitle: z.string(),
  deletedAt: z.string(),
  /** Who deleted it, when known (the signed-in hub account). */
  deletedBy: z.string().optional(),
  /** When it is purged automatically (30 days after `deletedAt`). */
  expiresAt: z.string(),
});
export type TrashedBoard = z.infer<typeof TrashedBoard>;

/** A sticky note as read out of a board document (plain values, not Yjs types). */
export const Note = z.object({
  id: Id,
  type: z.literal('note'),
  text: z.string().max(limits.noteText),
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().positive(),
  height: z.number().positive(),
  color: NoteColor,
});
export type Note = z.infer<typeof Note>;

export const noteDefaults = { width: 180, height: 120, color: 'yellow' as NoteColor };
