import { z } from 'zod';
import { Id } from './ids';
import { limits } from './limits';
import { validationKeys } from './errors';
import { OptionalIsoDate, optionalText, requiredText, textList } from './text';

export const phases = ['explore', 'ideate', 'prototype', 'test', 'implement', 'scale'] as const;
export const Phase = z.enum(phases);
export type Phase = z.infer<typeof Phase>;

/** The 17 Sustainable Development Goals, by number. */
export const Sdg = z.number().int().min(1).max(17);
export const sdgNumbers = Array.from({ length: 17 }, (_, index) => index + 1);

/** What a facilitator types into the exercise form. */
export const ExerciseFields = z
  .object({
    title: requiredText(limits.title),
    challenge: optionalText(limits.longText),
    leadEntity: optionalText(),
    otherActors: textList(),
    sdgs: z.array(Sdg).max(17).transform((goals) => [...new Set(goals)].sort((a, b) => a - b)).default([]),
    phase: Phase.default('explore'),
    startDate: OptionalIsoDate,
    endDate: OptionalIsoDate,
    team: textList(),
  })
  .refine((fields) => !fields.startDate || !fields.endDate || fields.endDate >= fields.startDate, {
    path: ['endDate'],
    error: validationKeys.endBeforeStart,
  });
export type ExerciseFields = z.infer<typeof ExerciseFields>;
export type ExerciseFieldsInput = z.input<typeof ExerciseFields>;

export const Exercise = z.object({
  id: Id,
  title: z.string(),
  challenge: z.string(),
  leadEntity: z.string(),
  otherActors: z.array(z.string()),
  sdgs: z.array(z.number()),
  phase: Phase,
  startDate: z.string(),
  endDate: z.string(),
  team: z.array(z.string()),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Exercise = z.infer<typeof Exercise>;

/** A row of the exercise list, read from the projection tables. */
export const ExerciseSummary = z.object({
  id: Id,
  title: z.string(),
  leadEntity: z.string(),
  phase: Phase,
  archived: z.boolean(),
  startDate: z.string(),
  workshopCount: z.number().int(),
  updatedAt: z.string(),
});
export type ExerciseSummary = z.infer<typeof ExerciseSummary>;
