import { describe, expect, it } from 'vitest';
import { TimerForm, VotingSetupForm } from './forms';

describe('facilitation forms', () => {
  it('accepts whole minutes from 1 to 180', () => {
    expect(TimerForm.safeParse({ minutes: 5, label: ' Ideas ' }).data).toEqual({ minutes: 5, label: 'Ideas' });
    expect(TimerForm.safeParse({ minutes: 0, label: '' }).error?.issues[0]?.message).toBe('validation.positiveMinutes');
    expect(TimerForm.safeParse({ minutes: Number.NaN, label: '' }).success).toBe(false);
    expect(TimerForm.safeParse({ minutes: 1.5, label: '' }).success).toBe(false);
    expect(TimerForm.safeParse({ minutes: 181, label: '' }).error?.issues[0]?.message).toBe('validation.invalid');
  });

  it('accepts 1 to 20 dots and needs an area when voting inside one', () => {
    const base = { dotsPerVoter: 3, scope: 'all', areaId: '', anonymous: true } as const;
    expect(VotingSetupForm.safeParse(base).success).toBe(true);
    expect(VotingSetupForm.safeParse({ ...base, dotsPerVoter: 0 }).success).toBe(false);
    expect(VotingSetupForm.safeParse({ ...base, dotsPerVoter: 21 }).success).toBe(false);
    const noArea = VotingSetupForm.safeParse({ ...base, scope: 'area' });
    expect(noArea.error?.issues[0]).toMatchObject({ path: ['areaId'], message: 'validation.required' });
    expect(VotingSetupForm.safeParse({ ...base, scope: 'area', areaId: 'f1' }).success).toBe(true);
  });
});
