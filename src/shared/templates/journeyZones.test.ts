import { describe, expect, it } from 'vitest';
import { journeyZoneKey, journeyZoneText, parseJourneyZoneKey } from './journeyZones';

describe('journey zone keys', () => {
  it('name the stage and lane for template stages and for stages added later', () => {
    expect(journeyZoneKey('stage-1', 'actions')).toBe('stage-1-actions');
    expect(parseJourneyZoneKey('stage-1-actions')).toEqual({ stageId: 'stage-1', lane: 'actions' });
    const id = '0b0e3c7a-6a52-4f0e-9d4e-2f1c9b8a7d61';
    expect(parseJourneyZoneKey(journeyZoneKey(id, 'pain-points'))).toEqual({ stageId: id, lane: 'pain-points' });
    expect(parseJourneyZoneKey('says')).toBeUndefined();
    expect(parseJourneyZoneKey('-actions')).toBeUndefined();
  });

  it('title a zone by its stage’s current place, in the language asked for', () => {
    const stages = ['stage-2', 'nueva', 'stage-1'];
    expect(journeyZoneText('nueva-emotions', stages, 'es-CO')?.title).toBe('Emociones (etapa 2)');
    expect(journeyZoneText('stage-1-opportunities', stages, 'en')).toEqual({ title: 'Opportunities (stage 3)', prompt: 'How might we improve this stage?' });
    expect(journeyZoneText('stage-4-actions', stages, 'es-CO')).toBeUndefined();
    expect(journeyZoneText('journey-unplaced', [], 'es-CO')?.title).toBe('Sin etapa');
  });
});
