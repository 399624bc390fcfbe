import { describe, expect, it } from 'vitest';
import { blockZoomThreshold, detailLevel, staysLive } from './lod';

describe('level of detail', () => {
  it('shows full elements at working zoom and blocks when zoomed out', () => {
    expect(detailLevel(1)).toBe('full');
    expect(detailLevel(0.5)).toBe('full');
    expect(detailLevel(blockZoomThreshold)).toBe('full');
    expect(detailLevel(blockZoomThreshold - 0.01)).toBe('blocks');
    expect(detailLevel(0.1)).toBe('blocks');
  });

  it('keeps zones and frames as live elements at every zoom', () => {
    expect(staysLive('zone')).toBe(true);
    expect(staysLive('frame')).toBe(true);
    expect(staysLive('note')).toBe(false);
  });
});
