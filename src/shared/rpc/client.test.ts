import { describe, expect, it, vi } from 'vitest';
import { apiOf } from './client';

describe('apiOf', () => {
  it('calls the method of the name used, once made, with the same function every time', async () => {
    const calls: string[] = [];
    const make = vi.fn((name: string) => async (input: unknown) => {
      calls.push(`${name}:${JSON.stringify(input)}`);
      return name.length;
    });
    const api = apiOf(make);
    await expect(api.listExercises({})).resolves.toBe('listExercises'.length);
    expect(api.openBoard).toBe(api.openBoard);
    await api.openBoard({ id: 'b' });
    expect(calls).toEqual(['listExercises:{}', 'openBoard:{"id":"b"}']);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('does not look like a promise, so it can be returned from async code', async () => {
    const api = apiOf(() => async () => undefined);
    expect((api as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(api)).resolves.toBe(api);
  });
});
