import { describe, expect, it } from 'vitest';
import { NoteDetailsForm } from './noteDetails';

describe('NoteDetailsForm', () => {
  it('reads tags from one line and trims the author', () => {
    expect(NoteDetailsForm.parse({ author: '  Doña Marleny ', tags: '#movilidad, salud, Movilidad' })).toEqual({ author: 'Doña Marleny', tags: ['movilidad', 'salud'] });
  });

  it('refuses too many tags or a tag too long with a message key, instead of cutting them', () => {
    const many = NoteDetailsForm.safeParse({ author: '', tags: Array.from({ length: 21 }, (_, index) => `t${index}`).join(', ') });
    expect(many.success ? [] : many.error.issues.map((issue) => issue.message)).toEqual(['validation.tooMany']);
    const long = NoteDetailsForm.safeParse({ author: '', tags: 'x'.repeat(61) });
    expect(long.success ? [] : long.error.issues.map((issue) => issue.message)).toEqual(['validation.tooLong']);
  });
});
