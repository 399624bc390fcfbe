import { z } from 'zod';
import { limits } from '../../domain/limits';
import { isInside, type AreaSummary, type NoteSummary } from './boardReading';

/**
 * Dot voting, as pure functions over plain values: which notes may be voted, how a dot is
 * placed or taken back, and how the ballots become a ranking. votingDoc.ts stores the values.
 */
export const dotLimits = { min: 1, max: 20 } as const;

export const VoteScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  /** The notes inside one frame or template zone. */
  z.object({ kind: z.literal('area'), areaId: z.string() }),
  z.object({ kind: z.literal('selection'), ids: z.array(z.string()) }),
]);
export type VoteScope = z.infer<typeof VoteScope>;

export const VotingSession = z.object({
  id: z.string(),
  dotsPerVoter: z.number().int().min(dotLimits.min).max(dotLimits.max),
  scope: VoteScope,
  /** Resolved when the session starts, so a note moved or added later does not change the ballot. */
  eligibleIds: z.array(z.string()),
  anonymous: z.boolean(),
  startedAt: z.number(),
});
export type VotingSession = z.infer<typeof VotingSession>;

export const Ballot = z.object({
  sessionId: z.string(),
  voterKey: z.string(),
  /** Null in an anonymous session: the name is never written to the document. */
  name: z.string().max(limits.shortText).nullable(),
  dots: z.record(z.string(), z.number().int().positive()),
});
export type Ballot = z.infer<typeof Ballot>;

export const RankedNote = z.object({
  elementId: z.string(),
  votes: z.number().int().nonnegative(),
  /** 1-based place in the list; equal votes keep the session's note order. */
  position: z.number().int().positive(),
  /** The note's first line when voting ended, so the results stay readable if the note is deleted. */
  headline: z.string(),
});
export type RankedNote = z.infer<typeof RankedNote>;

export const VotingResults = z.object({
  sessionId: z.string(),
  startedAt: z.number(),
  endedAt: z.number(),
  dotsPerVoter: z.number().int(),
  anonymous: z.boolean(),
  scope: VoteScope,
  voterCount: z.number().int().nonnegative(),
  ranking: z.array(RankedNote),
});
export type VotingResults = z.infer<typeof VotingResults>;

/** The notes a scope covers, in the document's note order (the stable order for ties). */
export function resolveEligible(scope: VoteScope, notes: readonly NoteSummary[], areas: readonly AreaSummary[]): string[] {
  switch (scope.kind) {
    case 'all':
      return notes.map((note) => note.id);
    case 'area': {
      const area = areas.find((candidate) => candidate.id === scope.areaId);
      return area ? notes.filter((note) => isInside(note, area)).map((note) => note.id) : [];
    }
    case 'selection': {
      const wanted = new Set(scope.ids);
      return notes.filter((note) => wanted.has(note.id)).map((note) => note.id);
    }
  }
}

export function dotsUsed(ballot: Ballot): number {
  return Object.values(ballot.dots).reduce((sum, count) => sum + count, 0);
}

export function dotsLeft(session: VotingSession, ballot: Ballot): number {
  return Math.max(0, session.dotsPerVoter - dotsUsed(ballot));
}

export type DotRefusal = 'ineligible' | 'noDotsLeft' | 'otherSession';
export type DotOutcome = { ok: true; ballot: Ballot } | { ok: false; reason: DotRefusal };

export function placeDot(session: VotingSession, ballot: Ballot, elementId: string): DotOutcome {
  if (ballot.sessionId !== session.id) return { ok: false, reason: 'otherSession' };
  if (!session.eligibleIds.includes(elementId)) return { ok: false, reason: 'ineligible' };
  if (dotsLeft(session, ballot) === 0) return { ok: false, reason: 'noDotsLeft' };
  return { ok: true, ballot: { ...ballot, dots: { ...ballot.dots, [elementId]: (ballot.dots[elementId] ?? 0) + 1 } } };
}

/** Takes one dot back; a ballot without a dot there is returned unchanged. */
export function takeBackDot(ballot: Ballot, elementId: string): Ballot {
  const count = ballot.dots[elementId] ?? 0;
  if (count === 0) return ballot;
  const dots = { ...ballot.dots };
  if (count === 1) delete dots[elementId];
  else dots[elementId] = count - 1;
  return { ...ballot, dots };
}

/** Dots per eligible note across this session's ballots; dots on anything else are ignored. */
export function tallyVotes(session: VotingSession, ballots: readonly Ballot[]): Map<string, number> {
  const eligible = new Set(session.eligibleIds);
  const totals = new Map<string, number>();
  for (const ballot of ballots) {
    if (ballot.sessionId !== session.id) continue;
    for (const [elementId, count] of Object.entries(ballot.dots)) {
      if (eligible.has(elementId)) totals.set(elementId, (totals.get(elementId) ?? 0) + count);
    }
  }
  return totals;
}

/** Most dots first; equal counts keep the order of `eligibleIds`, so every replica ranks alike. */
export function rankNotes(session: VotingSession, totals: ReadonlyMap<string, number>, headlines: ReadonlyMap<string, string>): RankedNote[] {
  return session.eligibleIds
    .map((elementId, index) => ({ elementId, index, votes: totals.get(elementId) ?? 0 }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index)
    .map(({ elementId, votes }, index) => ({ elementId, votes, position: index + 1, headline: headlines.get(elementId) ?? '' }));
}

/** The same person's name typed twice ("  Ana " and "ana") finds the same ballot. */
export function sameVoterName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('es') === b.trim().toLocaleLowerCase('es');
}
