import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { putFrame, putNote } from './testBoard';
import {
  castDot,
  discardVotingSession,
  endVotingSession,
  openBallot,
  readBallot,
  readBallots,
  readVoteTotals,
  readVotingArchive,
  readVotingResults,
  readVotingSession,
  removeDot,
  startVotingSession,
} from './votingDoc';

function board(): Y.Doc {
  const doc = new Y.Doc();
  putNote(doc, 'n1', { text: 'Huertas comunitarias\nmás detalle' });
  putNote(doc, 'n2', { x: 400 });
  putNote(doc, 'n3');
  putFrame(doc, 'f', { x: -10, y: -10, width: 200, height: 200 });
  return doc;
}

describe('a voting session in the document', () => {
  it('produces the expected ranking from several voters and keeps it after the session', () => {
    const doc = board();
    startVotingSession(doc, { dotsPerVoter: 2, scope: { kind: 'all' }, anonymous: false }, 10);
    const ana = openBallot(doc, 'Ana')!;
    const luis = openBallot(doc, 'Luis')!;
    expect(castDot(doc, ana, 'n2')).toMatchObject({ ok: true });
    expect(castDot(doc, ana, 'n2')).toMatchObject({ ok: true });
    expect(castDot(doc, ana, 'n1')).toEqual({ ok: false, reason: 'noDotsLeft' });
    castDot(doc, luis, 'n1');
    castDot(doc, luis, 'n3');
    expect(removeDot(doc, luis, 'n3')).toBe(true);
    expect(removeDot(doc, luis, 'n3')).toBe(false);
    castDot(doc, luis, 'n3');
    // The same name continues the same ballot.
    expect(openBallot(doc, ' ana ')).toBe(ana);
    expect(readVoteTotals(doc).size).toBe(0);

    const results = endVotingSession(doc, 99)!;
    expect(results.ranking.map((entry) => [entry.elementId, entry.votes])).toEqual([['n2', 2], ['n1', 1], ['n3', 1]]);
    expect(results.ranking[1]?.headline).toBe('Huertas comunitarias');
    expect(results.voterCount).toBe(2);
    expect(readVotingSession(doc)).toBeNull();
    expect(readBallots(doc)).toEqual([]);
    expect([...readVoteTotals(doc)]).toEqual([['n2', 2], ['n1', 1], ['n3', 1]]);
    expect(castDot(doc, ana, 'n1')).toEqual({ ok: false, reason: 'noSession' });
  });

  it('never stores a voter name in an anonymous session', () => {
    const doc = board();
    startVotingSession(doc, { dotsPerVoter: 3, scope: { kind: 'all' }, anonymous: true }, 0);
    const first = openBallot(doc, 'Participante 3')!;
    const second = openBallot(doc, 'Participante 3')!;
    expect(second).not.toBe(first);
    castDot(doc, first, 'n1');
    expect(readBallot(doc, first)?.name).toBeNull();
    endVotingSession(doc, 1);
    const bytes = new TextDecoder().decode(Y.encodeStateAsUpdate(doc));
    expect(bytes).not.toContain('Participante 3');
  });

  it('limits votes to the notes of a chosen frame', () => {
    const doc = board();
    const session = startVotingSession(doc, { dotsPerVoter: 5, scope: { kind: 'area', areaId: 'f' }, anonymous: true }, 0);
    expect(session.eligibleIds).toEqual(['n1', 'n3']);
    const voter = openBallot(doc, '')!;
    expect(castDot(doc, voter, 'n2')).toEqual({ ok: false, reason: 'ineligible' });
    expect(castDot(doc, 'unknown', 'n1')).toEqual({ ok: false, reason: 'noBallot' });
  });

  it('archives the previous results when a new session starts, and can discard a session', () => {
    const doc = board();
    startVotingSession(doc, { dotsPerVoter: 1, scope: { kind: 'selection', ids: ['n1'] }, anonymous: true }, 0);
    castDot(doc, openBallot(doc, '')!, 'n1');
    const first = endVotingSession(doc, 1)!;
    startVotingSession(doc, { dotsPerVoter: 1, scope: { kind: 'all' }, anonymous: true }, 2);
    expect(readVotingResults(doc)).toBeNull();
    expect(readVotingArchive(doc)).toEqual([first]);
    expect(readVoteTotals(doc).size).toBe(0);
    openBallot(doc, '');
    discardVotingSession(doc);
    expect(readVotingSession(doc)).toBeNull();
    expect(readBallots(doc)).toEqual([]);
  });

  it('keeps both voters’ dots when two replicas vote at the same time', () => {
    const a = board();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    startVotingSession(a, { dotsPerVoter: 2, scope: { kind: 'all' }, anonymous: true }, 0);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    castDot(a, openBallot(a, '')!, 'n1');
    castDot(b, openBallot(b, '')!, 'n1');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(endVotingSession(a, 5)?.ranking[0]).toMatchObject({ elementId: 'n1', votes: 2 });
  });
});
