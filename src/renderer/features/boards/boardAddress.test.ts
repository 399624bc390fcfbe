import { describe, expect, it } from 'vitest';
import { boardIdInHash } from './boardAddress';

describe('boardIdInHash', () => {
  it('finds a board id only in a board address', () => {
    expect(boardIdInHash('#/boards/2b0c1c5e-1111-4111-8111-111111111111')).toBe('2b0c1c5e-1111-4111-8111-111111111111');
    expect(boardIdInHash('#/workshops/2b0c1c5e-1111-4111-8111-111111111111')).toBeUndefined();
    expect(boardIdInHash('#/boards/not-an-id')).toBeUndefined();
    expect(boardIdInHash('')).toBeUndefined();
  });
});
