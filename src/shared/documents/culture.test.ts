import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addDimension, addFollowUpRound, addItem, addRespondent, countAnswers, readCulture, removeDimension, removeItem,
  removeRound, renameDimension, seedCultureInstrument, setAnswer, setItemText, updateRoundField,
} from './culture';

const origin = 'test-user';
const seed = { locale: 'es-CO' as const, baselineName: 'Línea base', date: '2026-03-01' };

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  seedCultureInstrument(doc, seed, 'seed');
  return doc;
}

function newRespondent(doc: Y.Doc, roundId = 'baseline'): string {
  const added = addRespondent(doc, roundId, origin);
  if (!added.ok) throw new Error(added.error);
  return added.id;
}

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from));

describe('culture diagnosis document', () => {
  it('seeds once: a second seed, or an instrument emptied on purpose, writes nothing', () => {
    const doc = seeded();
    expect(readCulture(doc).dimensions).toHaveLength(6);
    expect(seedCultureInstrument(doc, seed)).toBe(false);
    for (const dimension of readCulture(doc).dimensions) removeDimension(doc, dimension.id, origin);
    expect(seedCultureInstrument(doc, seed)).toBe(false);
    expect(readCulture(doc).dimensions).toHaveLength(0);
  });

  it('two windows seeding at once end with one instrument, not two', () => {
    const [a, b] = [seeded(), seeded()];
    sync(a, b);
    sync(b, a);
    expect(readCulture(a).dimensions).toHaveLength(6);
    expect(readCulture(a).dimensions.flatMap((dimension) => dimension.items)).toHaveLength(20);
    expect(readCulture(a)).toEqual(readCulture(b));
  });

  it('refuses answers off the scale and stores nothing for them', () => {
    const doc = seeded();
    const id = newRespondent(doc);
    for (const value of [0, 6, 2.5, '3', Number.NaN, undefined]) expect(setAnswer(doc, id, 'leadership-1', value, origin)).toBe('validation.likertAnswer');
    expect(readCulture(doc).respondents[0]?.answers).toEqual({});
    expect(setAnswer(doc, id, 'leadership-1', 3, origin)).toBeUndefined();
    expect(setAnswer(doc, id, 'leadership-2', 'dk', origin)).toBeUndefined();
    expect(readCulture(doc).respondents[0]?.answers).toEqual({ 'leadership-1': 3, 'leadership-2': 'dk' });
    expect(setAnswer(doc, id, 'leadership-1', null, origin)).toBeUndefined();
    expect(readCulture(doc).respondents[0]?.answers).toEqual({ 'leadership-2': 'dk' });
    expect(setAnswer(doc, id, 'no-such-item', 3, origin)).toBe('validation.invalid');
  });

  it('refuses empty names and texts, and invalid round dates', () => {
    const doc = seeded();
    expect(renameDimension(doc, 'leadership', '   ', origin)).toBe('validation.required');
    expect(setItemText(doc, 'leadership-1', '', origin)).toBe('validation.required');
    expect(addDimension(doc, '', origin)).toEqual({ ok: false, error: 'validation.required' });
    expect(addItem(doc, 'leadership', 'x'.repeat(501), origin)).toEqual({ ok: false, error: 'validation.tooLong' });
    expect(addFollowUpRound(doc, { name: 'Seguimiento', date: '2026-13-40' }, origin)).toEqual({ ok: false, error: 'validation.invalidDate' });
    expect(updateRoundField(doc, 'baseline', 'name', '', origin)).toBe('validation.required');
    expect(readCulture(doc).dimensions[0]?.name).toBe('Liderazgo y estrategia');
    expect(readCulture(doc).rounds).toHaveLength(1);
    expect(renameDimension(doc, 'leadership', ' Liderazgo ', origin)).toBeUndefined();
    expect(readCulture(doc).dimensions[0]?.name).toBe('Liderazgo');
  });

  it('adds a dimension and a statement at the end', () => {
    const doc = seeded();
    const dimension = addDimension(doc, 'Comunicación', origin);
    if (!dimension.ok) throw new Error(dimension.error);
    const item = addItem(doc, dimension.id, 'Contamos lo que aprendemos.', origin);
    expect(item.ok).toBe(true);
    const last = readCulture(doc).dimensions.at(-1);
    expect(last?.name).toBe('Comunicación');
    expect(last?.items.map((entry) => entry.text)).toEqual(['Contamos lo que aprendemos.']);
  });

  it('removing a statement takes its answers with it, and one undo brings both back', () => {
    const doc = seeded();
    const undo = new Y.UndoManager(doc.getMap('method:culture'), { trackedOrigins: new Set([origin]) });
    const id = newRespondent(doc);
    setAnswer(doc, id, 'people-1', 4, origin);
    setAnswer(doc, id, 'people-2', 2, origin);
    expect(countAnswers(readCulture(doc), ['people-1'])).toBe(1);
    undo.stopCapturing();
    removeItem(doc, 'people-1', origin);
    expect(readCulture(doc).dimensions.find((dimension) => dimension.id === 'people')?.items).toHaveLength(2);
    expect(readCulture(doc).respondents[0]?.answers).toEqual({ 'people-2': 2 });
    undo.undo();
    expect(readCulture(doc).dimensions.find((dimension) => dimension.id === 'people')?.items).toHaveLength(3);
    expect(readCulture(doc).respondents[0]?.answers).toEqual({ 'people-1': 4, 'people-2': 2 });
  });

  it('removing a follow-up round removes its respondents; the baseline cannot be removed', () => {
    const doc = seeded();
    const round = addFollowUpRound(doc, { name: 'Seguimiento', date: '2026-09-01' }, origin);
    if (!round.ok) throw new Error(round.error);
    newRespondent(doc, round.id);
    newRespondent(doc);
    expect(removeRound(doc, 'baseline', origin)).toBe(false);
    expect(removeRound(doc, round.id, origin)).toBe(true);
    expect(readCulture(doc).rounds.map((entry) => entry.id)).toEqual(['baseline']);
    expect(readCulture(doc).respondents).toHaveLength(1);
  });

  it('two copies entering different respondents at once keep both, with their answers', () => {
    const a = seeded();
    const b = new Y.Doc();
    sync(a, b);
    const first = newRespondent(a);
    setAnswer(a, first, 'data-1', 5, origin);
    const second = newRespondent(b);
    setAnswer(b, second, 'data-1', 2, origin);
    setAnswer(b, second, 'data-2', 'dk', origin);
    // Meanwhile a renames a statement and b renames a dimension: both edits survive.
    setItemText(a, 'data-3', 'Medimos el efecto.', origin);
    renameDimension(b, 'data', 'Datos', origin);
    sync(a, b);
    sync(b, a);
    const merged = readCulture(a);
    expect(merged).toEqual(readCulture(b));
    expect(merged.respondents.map((respondent) => respondent.answers).sort((x, y) => Object.keys(x).length - Object.keys(y).length))
      .toEqual([{ 'data-1': 5 }, { 'data-1': 2, 'data-2': 'dk' }]);
    const data = merged.dimensions.find((dimension) => dimension.id === 'data');
    expect(data?.name).toBe('Datos');
    expect(data?.items[2]?.text).toBe('Medimos el efecto.');
  });
});
