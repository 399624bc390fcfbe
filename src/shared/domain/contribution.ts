import { z } from 'zod';
import { Id } from './ids';
import { limits } from './limits';
import { Currency, MinorAmount, parseAmount } from './money';
import { OptionalIsoDate, optionalText, requiredText } from './text';

/**
 * What the ecosystem contributes to an exercise: money or the value of what it lends (rooms,
 * people's time, equipment), by a lead entity or a partner, in pesos or dollars. The centre
 * reports these figures ("USD 300,000 contributed by the ecosystem to innovation exercises").
 */
export const contributionKinds = ['cash', 'in_kind'] as const;
export const ContributionKind = z.enum(contributionKinds);
export type ContributionKind = z.infer<typeof ContributionKind>;

export const ContributionFields = z.object({
  contributor: requiredText(),
  kind: ContributionKind.default('cash'),
  amountMinor: MinorAmount,
  currency: Currency.default('COP'),
  date: OptionalIsoDate,
  note: optionalText(limits.longText),
});
export type ContributionFields = z.infer<typeof ContributionFields>;
export type ContributionFieldsInput = z.input<typeof ContributionFields>;

export const Contribution = z.object({
  id: Id,
  contributor: z.string(),
  kind: ContributionKind,
  amountMinor: z.number().int(),
  currency: Currency,
  date: z.string(),
  note: z.string(),
});
export type Contribution = z.infer<typeof Contribution>;

/**
 * The form's version: the amount as typed ("1.500.000"), read into minor units without a float.
 * The output is exactly `ContributionFields`, so the form sends what the core accepts.
 */
export const ContributionForm = ContributionFields.omit({ amountMinor: true })
  .extend({ amount: z.string() })
  .transform((fields, context) => {
    const parsed = parseAmount(fields.amount);
    if (!parsed.ok) {
      context.addIssue({ code: 'custom', path: ['amount'], message: parsed.key });
      return z.NEVER;
    }
    const { amount: _amount, ...rest } = fields;
    return { ...rest, amountMinor: parsed.minor } satisfies ContributionFields;
  });
export type ContributionFormInput = z.input<typeof ContributionForm>;

