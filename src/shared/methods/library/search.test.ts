import { describe, expect, it } from 'vitest';
import { methodCards, searchCards } from '.';

const ids = (query: Parameters<typeof searchCards>[1], locale: 'es-CO' | 'en' = 'es-CO') =>
  searchCards(methodCards, query, locale).map((card) => card.id);

describe('searchCards', () => {
  it('returns the whole library for an empty query, in its order', () => {
    expect(ids({ text: '  ' })).toEqual(methodCards.map((card) => card.id));
  });

  it('ignores accents and case, and puts name matches first', () => {
    // "cultura" is in the culture diagnosis's name; other cards may mention it in their text.
    expect(ids({ text: 'CULTURA' })[0]).toBe('culture-diagnosis');
    // "priorizacion" without its accent still finds «Votación por puntos y priorización».
    expect(ids({ text: 'priorizacion' })[0]).toBe('dot-voting');
    // The strategic plan names «Resultados del DOFA» among its materials: found, but after the name match.
    expect(ids({ text: 'dofa' })).toEqual(['swot', 'strategic-plan']);
  });

  it('needs every word to match', () => {
    expect(ids({ text: 'mapa viaje' })).toEqual(['journey-map']);
    expect(ids({ text: 'mapa zzzz' })).toEqual([]);
  });

  it('filters by family, alone or with text', () => {
    expect(ids({ text: '', family: 'measure' })).toEqual(['culture-diagnosis', 'impact-model']);
    expect(ids({ text: '', family: 'facilitate' })).toEqual(['check-in', 'closing-retro']);
    expect(ids({ text: 'cultura', family: 'plan' })).not.toContain('culture-diagnosis');
  });

  it('searches the reader’s language', () => {
    expect(ids({ text: 'journey' }, 'en')).toEqual(['journey-map']);
    expect(ids({ text: 'swot' }, 'en')[0]).toBe('swot');
  });
});
