import { describe, expect, it } from 'vitest';
import { countBySector } from './participantStats';

describe('countBySector', () => {
  it('counts participants per sector in the domain order and counts consent', () => {
    const stats = countBySector([
      { sector: 'academia', consent: true },
      { sector: 'public', consent: false },
      { sector: 'academia', consent: true },
      { sector: 'citizen', consent: true },
    ]);
    expect(stats).toEqual({
      total: 4,
      withConsent: 3,
      bySector: [
        { sector: 'public', count: 1 },
        { sector: 'academia', count: 2 },
        { sector: 'citizen', count: 1 },
      ],
    });
  });

  it('is empty for no participants', () => {
    expect(countBySector([])).toEqual({ total: 0, withConsent: 0, bySector: [] });
  });
});
