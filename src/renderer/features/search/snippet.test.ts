import { describe, expect, it } from 'vitest';
import { highlightQuery, snippetSegments } from './snippet';

describe('snippetSegments', () => {
  it('splits marked words from plain text', () => {
    expect(snippetSegments('…la \u0002participación\u0003 ciudadana en \u0002Nariño\u0003')).toEqual([
      { text: '…la ', match: false },
      { text: 'participación', match: true },
      { text: ' ciudadana en ', match: false },
      { text: 'Nariño', match: true },
    ]);
  });

  it('keeps markup-like text as text', () => {
    expect(snippetSegments('<img src=x onerror=alert(1)> \u0002idea\u0003')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: 'idea', match: true },
    ]);
  });

  it('drops stray and unbalanced markers', () => {
    expect(snippetSegments('\u0003a\u0002b')).toEqual([
      { text: 'a', match: false },
      { text: 'b', match: true },
    ]);
    expect(snippetSegments('\u0002\u0003')).toEqual([]);
  });

  it('merges adjacent matches into one highlight', () => {
    expect(snippetSegments('\u0002ab\u0003\u0002cd\u0003')).toEqual([{ text: 'abcd', match: true }]);
  });

  it('returns no segments for an empty snippet', () => {
    expect(snippetSegments('')).toEqual([]);
  });
});

describe('highlightQuery', () => {
  it('marks query words ignoring accents and case', () => {
    expect(highlightQuery('Participación ciudadana en Bogotá', 'participacion BOGOTA')).toEqual([
      { text: 'Participación', match: true },
      { text: ' ciudadana en ', match: false },
      { text: 'Bogotá', match: true },
    ]);
  });

  it('marks every occurrence and parts of words', () => {
    expect(highlightQuery('idea, ideas', 'idea')).toEqual([
      { text: 'idea', match: true },
      { text: ', ', match: false },
      { text: 'idea', match: true },
      { text: 's', match: false },
    ]);
  });

  it('leaves text alone when the query has no words', () => {
    expect(highlightQuery('Taller en Pasto', '  ¿? ')).toEqual([{ text: 'Taller en Pasto', match: false }]);
    expect(highlightQuery('', 'pasto')).toEqual([]);
  });
});
