import type * as Y from 'yjs';
import { newId } from '../../domain/ids';
import { noteHeadline, readAreas, readNoteSummaries } from './boardReading';
import { votingMap } from './roots';
import {
  Ballot,
  placeDot,
  rankNotes,
  resolveEligible,
  sameVoterName,
  takeBackDot,
  tallyVotes,
  VotingResults,
  VotingSession,
  type DotOutcome,
  type VoteScope,
} from './voting';

/*
 * The `voting` root holds `session` (the open session or nothing), one `ballot:<voterKey>`
 * entry per voter (so two voters on two devices never overwrite each other), `results` (the
 * last finished session) and `archive` (earlier results, newest first).
 */
const ballotPrefix = 'ballot:';
const archiveSize = 50;

export function readVotingSession(doc: Y.Doc): VotingSession | null {
  const parsed = VotingSession.safeParse(votingMap(doc).get('session'));
  return parsed.success ? parsed.data : null;
}

export function readBallots(doc: Y.Doc): Ballot[] {
  const ballots: Ballot[] = [];
  votingMap(doc).forEach((value, key) => {
    if (!key.startsWith(ballotPrefix)) return;
    const parsed = Ballot.safeParse(value);
    if (parsed.success) ballots.push(parsed.data);
  });
  return ballots;
}

export function readBallot(doc: Y.Doc, voterKey: string): Ballot | null {
  const parsed = Ballot.safeParse(votingMap(doc).get(ballotPrefix + voterKey));
  return parsed.success ? parsed.data : null;
}

export function readVotingResults(doc: Y.Doc): VotingResults | null {
  const parsed = VotingResults.safeParse(votingMap(doc).get('results'));
  return parsed.success ? parsed.data : null;
}

export function readVotingArchive(doc: Y.Doc): VotingResults[] {
  const value = votingMap(doc).get('archive');
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = VotingResults.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Dots per note from the last finished session, for the badges on the notes (notes without dots are left out). */
export function readVoteTotals(doc: Y.Doc): Map<string, number> {
  const totals = new Map<string, number>();
  for (const entry of readVotingResults(doc)?.ranking ?? []) if (entry.votes > 0) totals.set(entry.elementId, entry.votes);
  return totals;
}

function clearBallots(map: Y.Map<unknown>): void {
  for (const key of [...map.keys()]) if (key.startsWith(ballotPrefix)) map.delete(key);
}

/** The notes a scope would cover right now, to tell the facilitator before opening an empty vote. */
export function previewEligible(doc: Y.Doc, scope: VoteScope): string[] {
  return resolveEligible(scope, readNoteSummaries(doc), readAreas(doc));
}

export interface VotingSetup {
  dotsPerVoter: number;
  scope: VoteScope;
  anonymous: boolean;
}

/**
 * Opens a session (replacing any open one without results). The previous results move to the
 * archive, so the badges on the notes always belong to one session.
 */
export function startVotingSession(doc: Y.Doc, setup: VotingSetup, now: number, origin?: unknown): VotingSession {
  const session = VotingSession.parse({
    id: newId(),
    dotsPerVoter: setup.dotsPerVoter,
    scope: setup.scope,
    eligibleIds: previewEligible(doc, setup.scope),
    anonymous: setup.anonymous,
    startedAt: now,
  });
  doc.transact(() => {
    const map = votingMap(doc);
    const previous = readVotingResults(doc);
    if (previous) {
      map.set('archive', [previous, ...readVotingArchive(doc)].slice(0, archiveSize));
      map.delete('results');
    }
    clearBallots(map);
    map.set('session', session);
  }, origin);
  return session;
}

/**
 * Starts (or, for a named voter, resumes) a turn and returns the voter's key. In an anonymous
 * session the key is random and the name is never stored; the caller may remember the pairing
 * in memory to let the same person continue.
 */
export function openBallot(doc: Y.Doc, name: string, origin?: unknown): string | null {
  const session = readVotingSession(doc);
  if (!session) return null;
  if (!session.anonymous) {
    const existing = readBallots(doc).find((ballot) => ballot.sessionId === session.id && ballot.name !== null && sameVoterName(ballot.name, name));
    if (existing) return existing.voterKey;
  }
  const voterKey = newId();
  const ballot: Ballot = { sessionId: session.id, voterKey, name: session.anonymous ? null : name.trim(), dots: {} };
  doc.transact(() => votingMap(doc).set(ballotPrefix + voterKey, Ballot.parse(ballot)), origin);
  return voterKey;
}

export type CastOutcome = DotOutcome | { ok: false; reason: 'noSession' | 'noBallot' };

export function castDot(doc: Y.Doc, voterKey: string, elementId: string, origin?: unknown): CastOutcome {
  const session = readVotingSession(doc);
  if (!session) return { ok: false, reason: 'noSession' };
  const ballot = readBallot(doc, voterKey);
  if (!ballot) return { ok: false, reason: 'noBallot' };
  const outcome = placeDot(session, ballot, elementId);
  if (outcome.ok) doc.transact(() => votingMap(doc).set(ballotPrefix + voterKey, outcome.ballot), origin);
  return outcome;
}

/** Takes one of this voter's dots off a note; false when there was none. */
export function removeDot(doc: Y.Doc, voterKey: string, elementId: string, origin?: unknown): boolean {
  const ballot = readBallot(doc, voterKey);
  if (!ballot || !readVotingSession(doc)) return false;
  const next = takeBackDot(ballot, elementId);
  if (next === ballot) return false;
  doc.transact(() => votingMap(doc).set(ballotPrefix + voterKey, next), origin);
  return true;
}

/** Closes the session: ranks the notes, keeps the results in the document and drops the ballots. */
export function endVotingSession(doc: Y.Doc, now: number, origin?: unknown): VotingResults | null {
  const session = readVotingSession(doc);
  if (!session) return null;
  const ballots = readBallots(doc).filter((ballot) => ballot.sessionId === session.id);
  const headlines = new Map(readNoteSummaries(doc).map((note) => [note.id, noteHeadline(note.text)]));
  const results: VotingResults = {
    sessionId: session.id,
    startedAt: session.startedAt,
    endedAt: now,
    dotsPerVoter: session.dotsPerVoter,
    anonymous: session.anonymous,
    scope: session.scope,
    voterCount: ballots.filter((ballot) => Object.keys(ballot.dots).length > 0).length,
    ranking: rankNotes(session, tallyVotes(session, ballots), headlines),
  };
  doc.transact(() => {
    const map = votingMap(doc);
    clearBallots(map);
    map.delete('session');
    map.set('results', results);
  }, origin);
  return results;
}

/** Abandons the open session without results (for a session started by mistake). */
export function discardVotingSession(doc: Y.Doc, origin?: unknown): void {
  doc.transact(() => {
    const map = votingMap(doc);
    clearBallots(map);
    map.delete('session');
  }, origin);
}
