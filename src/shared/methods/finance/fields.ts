import { z } from 'zod';
import { validationKeys } from '../../domain/errors';
import { limits } from '../../domain/limits';
import { Currency, parseAmount } from '../../domain/money';
import { optionalText, requiredText } from '../../domain/text';
import { flowKinds, type FlowKind } from './cashFlow';
import { parseQuantity, parseRatePercent } from './numbers';

/**
 * What an estimate is made of, as zod schemas shared by the form (its resolver) and the
 * document's write helpers, so a value the form refuses is never stored either.
 */
export const FlowKindSchema = z.enum(flowKinds);

/** Categories for the cost and benefit lines of a public project (labels in the `finance` catalogue). */
export const costCategories = ['talent', 'technology', 'infrastructure', 'operation', 'training', 'communication', 'other'] as const;
export const benefitCategories = ['citizen-time', 'operating-savings', 'avoided-costs', 'revenue', 'other'] as const;
export type CostCategory = (typeof costCategories)[number];
export type BenefitCategory = (typeof benefitCategories)[number];
export type LineCategory = CostCategory | BenefitCategory;

export function categoriesOf(kind: FlowKind): readonly LineCategory[] {
  return kind === 'cost' ? costCategories : benefitCategories;
}

export const periodUnits = ['year', 'month'] as const;
export const PeriodUnit = z.enum(periodUnits);
export type PeriodUnit = z.infer<typeof PeriodUnit>;

/** Periods run 0…horizon; 60 covers five years in months or a long public programme in years. */
export const horizonRange = { min: 1, max: 60 } as const;
export const maxLines = 500;

/** Defaults of a new estimate: pesos, five years, and 9 %, the social discount rate the DNP has published for public projects (a starting value to confirm). */
export const estimateDefaults = { currency: 'COP' as Currency, horizon: 5, periodUnit: 'year' as PeriodUnit, discountRate: '9' };

export const Horizon = z.coerce
  .number({ error: validationKeys.horizonRange })
  .int({ error: validationKeys.horizonRange })
  .min(horizonRange.min, { error: validationKeys.horizonRange })
  .max(horizonRange.max, { error: validationKeys.horizonRange });

/** A rate as typed ("12,5") → exact decimal text in percent ("12.5"). */
export const DiscountRate = z.string().transform((text, context) => {
  const parsed = parseRatePercent(text);
  if (parsed.ok) return parsed.value;
  context.addIssue({ code: 'custom', message: parsed.key });
  return z.NEVER;
});

/** A line as stored: the quantity as exact decimal text, the unit cost in minor units. */
export interface LineFields {
  kind: FlowKind;
  category: LineCategory;
  description: string;
  unit: string;
  quantity: string;
  unitCostMinor: number;
  period: number;
}

/** A line as the form holds it: quantity and unit cost as typed. */
export interface LineInput {
  kind: FlowKind;
  category: string;
  description: string;
  unit: string;
  quantity: string;
  unitCost: string;
  period: number;
}

/** A field read by a parser that returns `{ ok, key }`: its key becomes the field's message. */
function parsedText(parse: (text: string) => { ok: true } | { ok: false; key: string }) {
  return z.string().superRefine((text, context) => {
    const parsed = parse(text);
    if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.key });
  });
}

/**
 * The line form's schema for an estimate of `horizon` periods; its output is what is stored.
 * Each field checks itself, so every refused field shows its message at once.
 */
export function lineSchema(horizon: number) {
  return z
    .object({
      kind: FlowKindSchema,
      category: z.string(),
      description: requiredText(limits.shortText),
      unit: optionalText(80),
      quantity: parsedText(parseQuantity),
      unitCost: parsedText(parseAmount),
      period: z.coerce
        .number({ error: validationKeys.periodOutsideHorizon })
        .int({ error: validationKeys.periodOutsideHorizon })
        .min(0, { error: validationKeys.periodOutsideHorizon })
        .max(horizon, { error: validationKeys.periodOutsideHorizon }),
    })
    .transform((input, context): LineFields => {
      const quantity = parseQuantity(input.quantity);
      const unitCost = parseAmount(input.unitCost);
      // The category list depends on the kind, so it is checked once both are known.
      if (!(categoriesOf(input.kind) as readonly string[]).includes(input.category) || !quantity.ok || !unitCost.ok) {
        context.addIssue({ code: 'custom', path: ['category'], message: validationKeys.required });
        return z.NEVER;
      }
      const { unitCost: _typed, ...rest } = input;
      return { ...rest, category: input.category as LineCategory, quantity: quantity.value, unitCostMinor: unitCost.minor };
    });
}
