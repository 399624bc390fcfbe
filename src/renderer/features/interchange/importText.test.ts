import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/domain/errors';
import { elementTypes } from '../../../shared/board/elements';
import { refusalReasons } from '../../../shared/interchange/refusal';
import { interchange } from '../../i18n/catalog/interchange';
import { refusalOf, skippedText } from './importText';

describe('import messages', () => {
  it('has a sentence for every refusal reason and a plural for every element type, in both languages', () => {
    for (const locale of ['es-CO', 'en'] as const) {
      for (const reason of refusalReasons) expect(interchange[locale].refused[reason]).toBeTruthy();
      for (const type of elementTypes) expect(interchange[locale].elements[`${type}_other`]).toContain('{{count}}');
    }
  });

  it('reads the reason and place out of the core\'s error, and nothing out of other errors', () => {
    const error = new ApiError('invalid_input', 'refused', [{ path: 'nodes[0].x', key: 'interchange.refused.invalidCanvas' }]);
    expect(refusalOf(error)).toEqual({ reason: 'invalidCanvas', where: 'nodes[0].x' });
    expect(refusalOf(new ApiError('invalid_input', 'x', [{ path: 'title', key: 'validation.required' }]))).toBeUndefined();
    expect(refusalOf(new Error('x'))).toBeUndefined();
    expect(skippedText({ freedraw: 2, image: 1 })).toBe('2 freedraw, 1 image');
  });
});
