import { describe, expect, it } from 'vitest';
import type { AreaSummary, NoteSummary } from './boardReading';
import { dotsLeft, placeDot, rankNotes, resolveEligible, tallyVotes, takeBackDot, type Ballot, type VotingSession } from './voting';

const note = (id: string, x = 0, y = 0): NoteSummary => ({ id, x, y, width: 100, height: 100, text: id, hidden: false, createdBy: 'c' });
const session: VotingSession = { id: 's1', dotsPerVoter: 3, scope: { kind: 'all' }, eligibleIds: ['a', 'b', 'c', 'd'], anonymous: true, startedAt: 0 };
const ballot = (dots: Record<string, number>, sessionId = 's1'): Ballot => ({ sessionId, voterKey: 'k', name: null, dots });

describe('eligible notes', () => {
  const notes = [note('a', 0, 0), note('b', 500, 0), note('c', 10, 10)];
  const areas: AreaSummary[] = [{ id: 'f', type: 'frame', title: 'F', order: 0, x: -20, y: -20, width: 300, height: 300 }];

  it('takes all notes, the notes inside an area, or a selection, in note order', () => {
    expect(resolveEligible({ kind: 'all' }, notes, areas)).toEqual(['a', 'b', 'c']);
    expect(resolveEligible({ kind: 'area', areaId: 'f' }, notes, areas)).toEqual(['a', 'c']);
    expect(resolveEligible({ kind: 'area', areaId: 'missing' }, notes, areas)).toEqual([]);
    expect(resolveEligible({ kind: 'selection', ids: ['c', 'a', 'not-a-note'] }, notes, areas)).toEqual(['a', 'c']);
  });
});

describe('placing dots', () => {
  it('allows several dots on one note up to the limit, then refuses', () => {
    let current = ballot({});
    for (const id of ['a', 'a', 'b']) {
      const outcome = placeDot(session, current, id);
      if (!outcome.ok) throw new Error(outcome.reason);
      current = outcome.ballot;
    }
    expect(current.dots).toEqual({ a: 2, b: 1 });
    expect(dotsLeft(session, current)).toBe(0);
    expect(placeDot(session, current, 'c')).toEqual({ ok: false, reason: 'noDotsLeft' });
  });

  it('refuses notes outside the session and ballots of another session', () => {
    expect(placeDot(session, ballot({}), 'z')).toEqual({ ok: false, reason: 'ineligible' });
    expect(placeDot(session, ballot({}, 'old'), 'a')).toEqual({ ok: false, reason: 'otherSession' });
  });

  it('takes a dot back and gives it to the voter again', () => {
    const one = takeBackDot(ballot({ a: 2 }), 'a');
    expect(one.dots).toEqual({ a: 1 });
    expect(takeBackDot(one, 'a').dots).toEqual({});
    const none = ballot({});
    expect(takeBackDot(none, 'a')).toBe(none);
    expect(dotsLeft(session, one)).toBe(2);
  });
});

describe('ranking', () => {
  it('ranks by dots, keeps the session order for ties and ignores foreign dots', () => {
    const ballots = [ballot({ c: 2, b: 1 }), ballot({ b: 1, d: 2, z: 5 }), ballot({ a: 9 }, 'old')];
    const totals = tallyVotes(session, ballots);
    expect([...totals]).toEqual([['c', 2], ['b', 2], ['d', 2]]);
    const ranking = rankNotes(session, totals, new Map([['b', 'Idea B']]));
    expect(ranking.map((entry) => [entry.elementId, entry.votes, entry.position])).toEqual([
      ['b', 2, 1],
      ['c', 2, 2],
      ['d', 2, 3],
      ['a', 0, 4],
    ]);
    expect(ranking[0]?.headline).toBe('Idea B');
  });
});
