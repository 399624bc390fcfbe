import { z } from 'zod';
import { Id } from './ids';
import { limits } from './limits';
import { optionalText, requiredText, textList } from './text';

/**
 * The actor register of an innovation exercise: who has a stake in the challenge, how much
 * power and interest they have, where they stand and how the team will engage them. It lives
 * in the exercise's document, so every workshop of the exercise reuses the same actors.
 */
export const actorTypes = ['public', 'private', 'civil_society', 'academia', 'international', 'citizens'] as const;
export const ActorType = z.enum(actorTypes);
export type ActorType = z.infer<typeof ActorType>;

export const attitudes = ['supporter', 'neutral', 'opponent'] as const;
export const Attitude = z.enum(attitudes);
export type Attitude = z.infer<typeof Attitude>;

/** Onion rings from the centre out: the team itself, those it works with, those affected, the wider context. */
export const proximities = ['core', 'direct', 'indirect', 'context'] as const;
export const Proximity = z.enum(proximities);
export type Proximity = z.infer<typeof Proximity>;

export const relationshipTypes = ['collaboration', 'conflict', 'influence', 'funding', 'information'] as const;
export const RelationshipType = z.enum(relationshipTypes);
export type RelationshipType = z.infer<typeof RelationshipType>;

/** Power and interest are rated 1 (low) to 5 (high); strength of a relationship 1 (weak) to 3 (strong). */
export const scoreRange = { min: 1, max: 5 } as const;
export const strengthRange = { min: 1, max: 3 } as const;

// Generic "check this value" key: ranges are picked from controls, so a bad value is never typed by hand.
const invalidValue = 'validation.invalid';

function score({ min, max }: { min: number; max: number }) {
  return z.number({ error: invalidValue }).int({ error: invalidValue }).min(min, { error: invalidValue }).max(max, { error: invalidValue });
}

export const ActorFields = z.object({
  name: requiredText(),
  type: ActorType.default('public'),
  power: score(scoreRange).default(3),
  interest: score(scoreRange).default(3),
  attitude: Attitude.default('neutral'),
  proximity: Proximity.default('direct'),
  engagementStrategy: optionalText(limits.longText),
  owner: optionalText(),
  notes: optionalText(limits.longText),
  /** Free labels, as Kumu's Tags column carries them ("Founder|Runner"); kept so that an import loses nothing. */
  tags: textList(),
});
export type ActorFields = z.infer<typeof ActorFields>;
export type ActorFieldsInput = z.input<typeof ActorFields>;

export const Actor = z.object({
  id: Id,
  name: z.string(),
  type: ActorType,
  power: z.number(),
  interest: z.number(),
  attitude: Attitude,
  proximity: Proximity,
  engagementStrategy: z.string(),
  owner: z.string(),
  notes: z.string(),
  tags: z.array(z.string()),
});
export type Actor = z.infer<typeof Actor>;

export const RelationshipFields = z
  .object({
    from: Id,
    to: Id,
    type: RelationshipType.default('collaboration'),
    strength: score(strengthRange).default(2),
  })
  .refine((fields) => fields.from !== fields.to, { path: ['to'], error: invalidValue });
export type RelationshipFields = z.infer<typeof RelationshipFields>;
export type RelationshipFieldsInput = z.input<typeof RelationshipFields>;

export const Relationship = z.object({ id: Id, from: Id, to: Id, type: RelationshipType, strength: z.number() });
export type Relationship = z.infer<typeof Relationship>;

export const ActorRegister = z.object({ actors: z.array(Actor), relationships: z.array(Relationship) });
export type ActorRegister = z.infer<typeof ActorRegister>;

/** The four strategies of the power/interest grid (Mendelow), clockwise from top right. */
export const quadrants = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
export type Quadrant = (typeof quadrants)[number];

/**
 * A rating of 3 or more counts as high: on a 1–5 scale the midpoint belongs to "high" so that
 * an actor rated "medium" is watched more closely rather than less (the cautious side).
 */
export const highScore = 3;

export function quadrantOf(actor: Pick<Actor, 'power' | 'interest'>): Quadrant {
  const highPower = actor.power >= highScore;
  const highInterest = actor.interest >= highScore;
  if (highPower && highInterest) return 'manage_closely';
  if (highPower) return 'keep_satisfied';
  if (highInterest) return 'keep_informed';
  return 'monitor';
}

/** The onion ring an actor sits on, 0 at the centre; unknown values fall to the outer ring. */
export function onionRing(actor: Pick<Actor, 'proximity'>): number {
  const ring = proximities.indexOf(actor.proximity);
  return ring < 0 ? proximities.length - 1 : ring;
}

/** Keeps a rating inside its range after a keyboard step or a drag. */
export function clampScore(value: number, range: { min: number; max: number } = scoreRange): number {
  return Math.max(range.min, Math.min(range.max, Math.round(value)));
}
