import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { isCultureSeeded, readCulture, seedCultureInstrument } from '../documents/culture';
import { templateById } from './index';
import { instantiateTemplate } from './instantiate';

describe('method tool setup on a new board', () => {
  it('starts a culture diagnosis with the default questionnaire and a baseline round, in the board\'s language', () => {
    for (const [locale, baseline] of [['es-CO', 'Línea base'], ['en', 'Baseline']] as const) {
      const doc = new Y.Doc();
      instantiateTemplate(doc, templateById('culture-diagnosis')!, locale, 'facilitator');
      expect(isCultureSeeded(doc)).toBe(true);
      const diagnosis = readCulture(doc);
      expect(diagnosis.dimensions).toHaveLength(6);
      expect(diagnosis.rounds).toEqual([expect.objectContaining({ kind: 'baseline', name: baseline, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })]);
      // Opening it later does not seed it again, whatever the language then.
      expect(seedCultureInstrument(doc, { locale: 'en', baselineName: 'Baseline', date: '2026-01-01' })).toBe(false);
    }
  });

  it('writes nothing into the other tools\' boards beyond their zones', () => {
    const doc = new Y.Doc();
    instantiateTemplate(doc, templateById('financial-estimate')!, 'es-CO', 'facilitator');
    expect(doc.share.has('method:culture')).toBe(false);
    // A diagnosis made elsewhere is not seeded until someone asks (the tool offers a button).
    expect(isCultureSeeded(new Y.Doc())).toBe(false);
  });
});
