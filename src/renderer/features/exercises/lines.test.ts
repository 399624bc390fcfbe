import { describe, expect, it } from 'vitest';
import { ExerciseFields } from '../../../shared/domain/exercise';
import { firstListError, linesToList, listToLines } from './lines';

describe('lines', () => {
  it('round-trips text while the user types, including a trailing newline', () => {
    for (const text of ['', 'Alcaldía', 'Alcaldía\n', 'Alcaldía\n\nGobernación', 'a\nb\n']) {
      expect(listToLines(linesToList(text))).toBe(text);
    }
  });

  it('accepts Windows line endings from pasted text', () => {
    expect(linesToList('MinTIC\r\nDNP')).toEqual(['MinTIC', 'DNP']);
  });

  it('leaves blank lines for the shared schema to drop on submit', () => {
    const parsed = ExerciseFields.parse({ title: 'Reto', otherActors: linesToList(' MinTIC \n\nDNP\n') });
    expect(parsed.otherActors).toEqual(['MinTIC', 'DNP']);
  });

  it('shows nothing for a missing list', () => {
    expect(listToLines(undefined)).toBe('');
  });
});

describe('firstListError', () => {
  it('returns the error of the whole list', () => {
    expect(firstListError({ message: 'validation.tooMany', type: 'too_big' })).toEqual({ message: 'validation.tooMany' });
  });

  it('finds the first line with an error in a sparse array', () => {
    const errors: unknown[] = [];
    errors[3] = { message: 'validation.tooLong', type: 'too_big' };
    expect(firstListError(errors)).toEqual({ message: 'validation.tooLong' });
  });

  it('returns undefined when the list has no error', () => {
    expect(firstListError(undefined)).toBeUndefined();
    expect(firstListError([])).toBeUndefined();
  });
});
