import { z } from 'zod';
import { boardKinds } from '../../domain/board';

/**
 * Where a method sits in the arc of an innovation exercise. Facilitation methods (opening,
 * closing) are not a phase but hold every workshop together, so they get a family of their own.
 */
export const methodFamilies = ['understand', 'ideate', 'decide', 'plan', 'measure', 'facilitate'] as const;
export const MethodFamily = z.enum(methodFamilies);
export type MethodFamily = z.infer<typeof MethodFamily>;

export const cardLocales = ['es-CO', 'en'] as const;
export type CardLocale = (typeof cardLocales)[number];

const line = z.string().trim().min(3).max(400);

/** A card's words in one language; lists are ordered (steps in the order they are run). */
export const MethodCardText = z.object({
  name: z.string().trim().min(3).max(80),
  purpose: z.string().trim().min(10).max(400),
  whenToUse: z.string().trim().min(10).max(400),
  steps: z.array(line).min(3).max(10),
  materials: z.array(line).min(1).max(10),
  /** What changes when the room is a public entity: law, hierarchy, territory, procurement. */
  publicSector: z.array(line).min(1).max(6),
});
export type MethodCardText = z.infer<typeof MethodCardText>;

/** Minutes a method takes: the length the agenda uses, inside the range it can stretch to. */
export const MethodDuration = z
  .object({
    typical: z.number().int().min(5).max(480),
    min: z.number().int().min(5).max(480),
    max: z.number().int().min(5).max(480),
  })
  .refine((d) => d.min <= d.typical && d.typical <= d.max, { message: 'typical outside min–max' });
export type MethodDuration = z.infer<typeof MethodDuration>;

export const GroupSize = z
  .object({ min: z.number().int().min(1).max(500), max: z.number().int().min(1).max(500) })
  .refine((g) => g.min <= g.max, { message: 'min above max' });

/**
 * A method card is data in both languages. `templateId` names the board template it opens;
 * methods that need no board (a check-in, a closing round) leave it out. Both languages must
 * list the same number of steps, so a bilingual team can follow "step 3" together.
 */
export const MethodCard = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    family: MethodFamily,
    templateId: z.enum(boardKinds).optional(),
    duration: MethodDuration,
    groupSize: GroupSize,
    text: z.object({ 'es-CO': MethodCardText, en: MethodCardText }),
  })
  .refine((card) => card.text['es-CO'].steps.length === card.text.en.steps.length, {
    message: 'steps differ between languages',
    path: ['text', 'en', 'steps'],
  });
export type MethodCard = z.infer<typeof MethodCard>;
/** What a card file declares; `defineCards` checks it against the schema in the tests. */
export type MethodCardInput = z.input<typeof MethodCard>;
