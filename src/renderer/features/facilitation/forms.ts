import { z } from 'zod';
import { dotLimits, timerLimits } from '../../../shared/board/facilitation';
import { validationKeys } from '../../../shared/domain/errors';
import { limits } from '../../../shared/domain/limits';

/** The catalogue's generic "check this value": the hint beside the field gives the range. */
const invalid = 'validation.invalid';

/** Form schemas of the facilitation panels; messages are catalogue keys like every form's. */
export const TimerForm = z.object({
  minutes: z
    .number({ error: validationKeys.positiveMinutes })
    .int({ error: validationKeys.positiveMinutes })
    .min(timerLimits.minMinutes, { error: validationKeys.positiveMinutes })
    .max(timerLimits.maxMinutes, { error: invalid }),
  label: z.string().trim().max(limits.shortText, { error: validationKeys.tooLong }),
});
export type TimerFormInput = z.input<typeof TimerForm>;
export type TimerFormValues = z.output<typeof TimerForm>;

export const VotingSetupForm = z
  .object({
    dotsPerVoter: z
      .number({ error: invalid })
      .int({ error: invalid })
      .min(dotLimits.min, { error: invalid })
      .max(dotLimits.max, { error: invalid }),
    scope: z.enum(['all', 'area', 'selection']),
    areaId: z.string(),
    anonymous: z.boolean(),
  })
  .refine((form) => form.scope !== 'area' || form.areaId !== '', { path: ['areaId'], error: validationKeys.required });
export type VotingSetupInput = z.input<typeof VotingSetupForm>;
export type VotingSetupValues = z.output<typeof VotingSetupForm>;
