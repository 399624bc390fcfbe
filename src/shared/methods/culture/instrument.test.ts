import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCulture, seedCultureInstrument } from '../../documents/culture';
import { parseAnswerInput } from './answers';
import { defaultInstrument } from './instrument';

describe('the default instrument', () => {
  it('has 5–6 dimensions of 3–5 statements, every text written in both languages', () => {
    expect(defaultInstrument.length).toBeGreaterThanOrEqual(5);
    expect(defaultInstrument.length).toBeLessThanOrEqual(6);
    for (const dimension of defaultInstrument) {
      expect(dimension.items.length).toBeGreaterThanOrEqual(3);
      expect(dimension.items.length).toBeLessThanOrEqual(5);
      for (const text of [dimension.name, ...dimension.items.map((item) => item.text)]) {
        expect(text['es-CO'].trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        expect(text.en).not.toBe(text['es-CO']);
      }
    }
    const ids = defaultInstrument.flatMap((dimension) => [dimension.id, ...dimension.items.map((item) => item.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('seeds the same ids and counts in Spanish and in English', () => {
    const spanish = new Y.Doc();
    const english = new Y.Doc();
    seedCultureInstrument(spanish, { locale: 'es-CO', baselineName: 'Línea base', date: '2026-03-01' });
    seedCultureInstrument(english, { locale: 'en', baselineName: 'Baseline', date: '2026-03-01' });
    const shape = (doc: Y.Doc) => readCulture(doc).dimensions.map((dimension) => [dimension.id, dimension.items.map((item) => `${item.id}:${item.reversed}`)]);
    expect(shape(english)).toEqual(shape(spanish));
    expect(readCulture(spanish).dimensions[0]?.name).toBe('Liderazgo y estrategia');
    expect(readCulture(english).dimensions[0]?.name).toBe('Leadership and strategy');
    expect(readCulture(english).rounds).toEqual([{ id: 'baseline', kind: 'baseline', name: 'Baseline', date: '2026-03-01', order: 1 }]);
    // Two reversed statements, documented in docs/methods/culture.md.
    expect(defaultInstrument.flatMap((dimension) => dimension.items).filter((item) => item.reversed).map((item) => item.id)).toEqual(['leadership-4', 'experimentation-3']);
  });
});

describe('typing an answer', () => {
  it('reads 1–5, «?»/NS/DK as «No sé» and empty as a cleared answer', () => {
    expect(parseAnswerInput(' 4 ')).toEqual({ ok: true, value: 4 });
    expect(parseAnswerInput('1')).toEqual({ ok: true, value: 1 });
    expect(parseAnswerInput('5')).toEqual({ ok: true, value: 5 });
    expect(parseAnswerInput('?')).toEqual({ ok: true, value: 'dk' });
    expect(parseAnswerInput('NS')).toEqual({ ok: true, value: 'dk' });
    expect(parseAnswerInput('dk')).toEqual({ ok: true, value: 'dk' });
    expect(parseAnswerInput('')).toEqual({ ok: true, value: null });
  });

  it('refuses 0, 6, 2.5, 2,5 and words', () => {
    for (const typed of ['0', '6', '2.5', '2,5', '-1', '10', 'tres', '3a']) {
      expect(parseAnswerInput(typed)).toEqual({ ok: false, error: 'validation.likertAnswer' });
    }
  });
});
