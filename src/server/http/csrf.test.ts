import { describe, expect, it } from 'vitest';
import { csrfToken, csrfValid } from './csrf';

describe('dashboard CSRF token', () => {
  const key = Buffer.alloc(32, 7);
  it('accepts the token of the same session only', () => {
    const token = csrfToken(key, 'device-a');
    expect(csrfValid(key, 'device-a', token)).toBe(true);
    expect(csrfValid(key, 'device-b', token)).toBe(false);
    expect(csrfValid(Buffer.alloc(32, 8), 'device-a', token)).toBe(false);
    expect(csrfValid(key, 'device-a', `${token}x`)).toBe(false);
    expect(csrfValid(key, 'device-a', '')).toBe(false);
    expect(csrfValid(key, 'device-a', null)).toBe(false);
  });
});
