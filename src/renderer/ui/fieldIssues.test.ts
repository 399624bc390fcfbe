import { describe, expect, it } from 'vitest';
import { validationKeys } from '../../shared/domain/errors';
import { issuePathToField, validationMessageKey } from './fieldIssues';

describe('validationMessageKey', () => {
  it('maps every shared validation key to its i18next key', () => {
    expect(validationMessageKey(validationKeys.required)).toBe('validation:required');
    expect(validationMessageKey(validationKeys.endBeforeStart)).toBe('validation:endBeforeStart');
  });

  it('hides zod prose behind a generic message', () => {
    expect(validationMessageKey('Invalid input: expected number, received NaN')).toBe('validation:invalid');
    expect(validationMessageKey('validation.')).toBe('validation:invalid');
  });

  it('returns nothing when there is no message', () => {
    expect(validationMessageKey(undefined)).toBeUndefined();
    expect(validationMessageKey('')).toBeUndefined();
  });
});

describe('issuePathToField', () => {
  it('drops the fields wrapper of update calls', () => {
    expect(issuePathToField('fields.title')).toBe('title');
    expect(issuePathToField('fields.team.3')).toBe('team.3');
  });

  it('keeps plain paths and sends empty ones to the form root', () => {
    expect(issuePathToField('title')).toBe('title');
    expect(issuePathToField('')).toBe('root');
    expect(issuePathToField('fields.')).toBe('root');
  });
});
