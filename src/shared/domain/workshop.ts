import { z } from 'zod';
import { Id } from './ids';
import { limits } from './limits';
import { validationKeys } from './errors';
import { IsoDate, OptionalIsoDate, optionalText, requiredText } from './text';

/** A time of day as HH:MM (24 h), as `<input type="time">` gives it, or '' for "not set". */
export const OptionalClockTime = z
  .union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: validationKeys.invalid })])
  .default('');

export const modalities = ['in_person', 'virtual', 'hybrid'] as const;
export const Modality = z.enum(modalities);
export type Modality = z.infer<typeof Modality>;

export const WorkshopFields = z.object({
  title: requiredText(limits.title),
  date: OptionalIsoDate,
  municipality: optionalText(),
  department: optionalText(),
  modality: Modality.default('in_person'),
  objective: optionalText(limits.longText),
  /** Planned length in minutes; the agenda total is compared with it to warn of an overrun. */
  plannedMinutes: z.number().int().min(0).max(24 * 60).default(0),
  /** Clock time the workshop starts (HH:MM, 24 h) or '' when not set; agenda blocks show their start from it. */
  startTime: OptionalClockTime,
});
export type WorkshopFields = z.infer<typeof WorkshopFields>;
export type WorkshopFieldsInput = z.input<typeof WorkshopFields>;

export const AgendaItemFields = z.object({
  activity: requiredText(),
  method: optionalText(),
  minutes: z
    .number({ error: validationKeys.positiveMinutes })
    .int({ error: validationKeys.positiveMinutes })
    .min(1, { error: validationKeys.positiveMinutes })
    .max(24 * 60, { error: validationKeys.positiveMinutes }),
  responsible: optionalText(),
});
export type AgendaItemFields = z.infer<typeof AgendaItemFields>;
export const AgendaItem = AgendaItemFields.extend({ id: Id });
export type AgendaItem = z.infer<typeof AgendaItem>;

export const sectors = ['public', 'private', 'civil_society', 'academia', 'international', 'citizen'] as const;
export const Sector = z.enum(sectors);
export type Sector = z.infer<typeof Sector>;

/**
 * A participant, with consent to personal-data processing as Ley 1581 de 2012 requires:
 * whether it was given, on what date and under which version of the privacy notice.
 */
export const ParticipantFields = z
  .object({
    name: requiredText(),
    organisation: optionalText(),
    sector: Sector.default('public'),
    role: optionalText(),
    email: z.union([z.literal(''), z.email({ error: validationKeys.invalidEmail })]).default(''),
    consent: z.boolean().default(false),
    consentDate: OptionalIsoDate,
    consentNoticeVersion: optionalText(40),
  })
  .superRefine((fields, context) => {
    if (!fields.consent) return;
    if (!fields.consentDate) context.addIssue({ code: 'custom', path: ['consentDate'], message: validationKeys.consentDateRequired });
    if (!fields.consentNoticeVersion) {
      context.addIssue({ code: 'custom', path: ['consentNoticeVersion'], message: validationKeys.consentVersionRequired });
    }
  });
export type ParticipantFields = z.infer<typeof ParticipantFields>;
export type ParticipantFieldsInput = z.input<typeof ParticipantFields>;
export const Participant = z.object({
  id: Id,
  name: z.string(),
  organisation: z.string(),
  sector: Sector,
  role: z.string(),
  email: z.string(),
  consent: z.boolean(),
  consentDate: z.string(),
  consentNoticeVersion: z.string(),
});
export type Participant = z.infer<typeof Participant>;

/** The privacy notice version offered by default when recording consent. */
export const currentNoticeVersion = '1.0';

export const decisionStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const DecisionStatus = z.enum(decisionStatuses);
export type DecisionStatus = z.infer<typeof DecisionStatus>;

export const DecisionFields = z.object({
  text: requiredText(limits.longText),
  owner: optionalText(),
  dueDate: OptionalIsoDate,
  status: DecisionStatus.default('open'),
});
export type DecisionFields = z.infer<typeof DecisionFields>;
export type DecisionFieldsInput = z.input<typeof DecisionFields>;
export const Decision = z.object({
  id: Id,
  text: z.string(),
  owner: z.string(),
  dueDate: z.string(),
  status: DecisionStatus,
});
export type Decision = z.infer<typeof Decision>;

export const Workshop = z.object({
  id: Id,
  exerciseId: Id,
  title: z.string(),
  date: z.string(),
  municipality: z.string(),
  department: z.string(),
  modality: Modality,
  objective: z.string(),
  plannedMinutes: z.number(),
  startTime: z.string(),
  agenda: z.array(AgendaItem),
  participants: z.array(Participant),
  decisions: z.array(Decision),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Workshop = z.infer<typeof Workshop>;

export const WorkshopSummary = z.object({
  id: Id,
  exerciseId: Id,
  title: z.string(),
  date: z.string(),
  municipality: z.string(),
  department: z.string(),
  modality: Modality,
  participantCount: z.number().int(),
  boardCount: z.number().int(),
});
export type WorkshopSummary = z.infer<typeof WorkshopSummary>;

/** Sum of agenda minutes and whether it exceeds the planned length. */
export function agendaTotals(agenda: readonly { minutes: number }[], plannedMinutes: number) {
  const totalMinutes = agenda.reduce((sum, item) => sum + item.minutes, 0);
  return { totalMinutes, overrunMinutes: plannedMinutes > 0 ? Math.max(0, totalMinutes - plannedMinutes) : 0 };
}

export { IsoDate };
