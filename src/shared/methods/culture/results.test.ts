import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFollowUpRound, addRespondent, readCulture, seedCultureInstrument, setAnswer } from '../../documents/culture';
import { compareRounds, mean, roundResult, score } from './results';

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  seedCultureInstrument(doc, { locale: 'es-CO', baselineName: 'Línea base', date: '2026-03-01' });
  return doc;
}

function respondent(doc: Y.Doc, roundId: string, answers: Record<string, unknown>): void {
  const added = addRespondent(doc, roundId);
  if (!added.ok) throw new Error(added.error);
  for (const [itemId, value] of Object.entries(answers)) expect(setAnswer(doc, added.id, itemId, value)).toBeUndefined();
}

/** Three baseline and two follow-up respondents; the worked numbers are in each test's comment. */
function diagnosis(): { doc: Y.Doc; followUpId: string } {
  const doc = seeded();
  respondent(doc, 'baseline', { 'leadership-1': 4, 'leadership-4': 2, 'experimentation-1': 2 });
  respondent(doc, 'baseline', { 'leadership-1': 3, 'leadership-2': 'dk', 'experimentation-1': 3 });
  respondent(doc, 'baseline', { 'leadership-1': 4, 'experimentation-1': 'dk' });
  const followUp = addFollowUpRound(doc, { name: 'Seguimiento 1', date: '2026-09-01' });
  if (!followUp.ok) throw new Error(followUp.error);
  respondent(doc, followUp.id, { 'leadership-1': 5, 'leadership-4': 1, 'experimentation-1': 3 });
  respondent(doc, followUp.id, { 'leadership-1': 4, 'experimentation-1': 4 });
  return { doc, followUpId: followUp.id };
}

describe('culture diagnosis results', () => {
  it('scores a reversed statement as 6 − the answer and «No sé» as nothing', () => {
    expect(score(2, true)).toBe(4);
    expect(score(5, true)).toBe(1);
    expect(score(3, true)).toBe(3);
    expect(score(2, false)).toBe(2);
    expect(score('dk', false)).toBeUndefined();
    expect(score('dk', true)).toBeUndefined();
    expect(score(undefined, false)).toBeUndefined();
  });

  it('means: none for no values, one division otherwise', () => {
    expect(mean([])).toBeUndefined();
    // (4 + 3 + 4) / 3 = 11 / 3 = 3.666…
    expect(mean([4, 3, 4])).toBeCloseTo(3.6667, 4);
  });

  it('pools a dimension’s answers in a round, ignoring «No sé» and reversing negative statements', () => {
    const { doc } = diagnosis();
    const baseline = roundResult(readCulture(doc), 'baseline');
    expect(baseline.respondents).toBe(3);
    const [leadership, experimentation, collaboration] = baseline.dimensions;
    // Leadership: leadership-1 gives 4, 3, 4; leadership-4 (reversed) answered 2 scores 6 − 2 = 4;
    // leadership-2 «No sé» is left out. (4 + 3 + 4 + 4) / 4 = 15 / 4 = 3.75, n = 4, one «No sé».
    expect(leadership).toEqual({ dimensionId: 'leadership', mean: 3.75, answers: 4, dontKnow: 1 });
    // Experimentation: 2, 3 and «No sé» → (2 + 3) / 2 = 2.5, n = 2.
    expect(experimentation).toEqual({ dimensionId: 'experimentation', mean: 2.5, answers: 2, dontKnow: 1 });
    // A dimension nobody answered has no mean (not zero), and stays out of the overall mean.
    expect(collaboration).toEqual({ dimensionId: 'collaboration', mean: undefined, answers: 0, dontKnow: 0 });
    // Overall = mean of the dimension means that exist: (3.75 + 2.5) / 2 = 3.125.
    expect(baseline.overall).toBe(3.125);
  });

  it('compares the follow-up with the baseline, dimension by dimension', () => {
    const { doc, followUpId } = diagnosis();
    const comparison = compareRounds(readCulture(doc));
    expect(comparison.followUpRound?.id).toBe(followUpId);
    const [leadership, experimentation, collaboration] = comparison.rows;
    // Follow-up leadership: 5, 4 and leadership-4 answered 1 → 6 − 1 = 5: (5 + 5 + 4) / 3 = 14 / 3 = 4.6667.
    expect(leadership?.followUp?.mean).toBeCloseTo(4.6667, 4);
    // Change = 14/3 − 15/4 = (56 − 45) / 12 = 11/12 = 0.9167 (shown +0,92).
    expect(leadership?.change).toBeCloseTo(0.9167, 4);
    // Experimentation: (3 + 4) / 2 = 3.5 against 2.5 → +1.
    expect(experimentation?.followUp?.mean).toBe(3.5);
    expect(experimentation?.change).toBe(1);
    expect(collaboration?.change).toBeUndefined();
    // Overall: follow-up (14/3 + 3.5) / 2 = 49/12 = 4.0833; baseline 3.125; change 0.9583.
    expect(comparison.followUp?.overall).toBeCloseTo(4.0833, 4);
    expect(comparison.overallChange).toBeCloseTo(0.9583, 4);
    // Two follow-up respondents: fewer than three, so the results are marked indicative.
    expect(comparison.smallSample).toBe(true);
  });

  it('has nothing to compare before a follow-up round exists, and no small-sample note with three respondents', () => {
    const doc = seeded();
    respondent(doc, 'baseline', { 'data-1': 5 });
    respondent(doc, 'baseline', { 'data-1': 4 });
    respondent(doc, 'baseline', { 'data-1': 2 });
    const comparison = compareRounds(readCulture(doc));
    expect(comparison.followUpRound).toBeUndefined();
    // Data: (5 + 4 + 2) / 3 = 11 / 3 = 3.6667, no change without a follow-up.
    const data = comparison.rows.find((row) => row.dimensionId === 'data');
    expect(data?.baseline.mean).toBeCloseTo(3.6667, 4);
    expect(data?.change).toBeUndefined();
    expect(comparison.overallChange).toBeUndefined();
    expect(comparison.smallSample).toBe(false);
  });

  it('counts only respondents who answered, so an empty column does not hide the small-sample note', () => {
    const { doc, followUpId } = diagnosis();
    // Two more follow-up columns added and left empty: still two people heard, still indicative.
    for (let n = 0; n < 2; n += 1) expect(addRespondent(doc, followUpId).ok).toBe(true);
    const culture = readCulture(doc);
    expect(culture.respondents.filter((entry) => entry.roundId === followUpId)).toHaveLength(4);
    expect(roundResult(culture, followUpId).respondents).toBe(2);
    expect(compareRounds(culture, followUpId).smallSample).toBe(true);
  });
});
