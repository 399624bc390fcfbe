import { describe, expect, it } from 'vitest';
import { ActorFields, RelationshipFields, clampScore, highScore, onionRing, quadrantOf } from './actor';

describe('power/interest quadrants', () => {
  it('counts a rating of 3 as high, so the midpoint is managed closely', () => {
    expect(highScore).toBe(3);
    expect(quadrantOf({ power: 3, interest: 3 })).toBe('manage_closely');
    expect(quadrantOf({ power: 5, interest: 2 })).toBe('keep_satisfied');
    expect(quadrantOf({ power: 2, interest: 5 })).toBe('keep_informed');
    expect(quadrantOf({ power: 2, interest: 2 })).toBe('monitor');
    expect(quadrantOf({ power: 1, interest: 1 })).toBe('monitor');
  });
});

describe('onion rings', () => {
  it('places core at the centre and context outermost', () => {
    expect(onionRing({ proximity: 'core' })).toBe(0);
    expect(onionRing({ proximity: 'direct' })).toBe(1);
    expect(onionRing({ proximity: 'indirect' })).toBe(2);
    expect(onionRing({ proximity: 'context' })).toBe(3);
  });
});

describe('actor fields', () => {
  it('requires a name and fills sensible defaults', () => {
    expect(ActorFields.safeParse({ name: '  ' }).success).toBe(false);
    expect(ActorFields.parse({ name: ' Alcaldía ' })).toMatchObject({
      name: 'Alcaldía', type: 'public', power: 3, interest: 3, attitude: 'neutral', proximity: 'direct', notes: '',
    });
  });

  it('refuses ratings outside 1–5 with a catalogue key', () => {
    const result = ActorFields.safeParse({ name: 'ICBF', power: 6 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.invalid');
  });

  it('refuses a relationship from an actor to itself', () => {
    const id = '7c1f4a6e-4d0b-4f2a-9d7e-2b1d6f0a3c11';
    expect(RelationshipFields.safeParse({ from: id, to: id }).success).toBe(false);
  });

  it('clamps dragged or stepped ratings into range', () => {
    expect(clampScore(7.4)).toBe(5);
    expect(clampScore(0)).toBe(1);
    expect(clampScore(2.6)).toBe(3);
    expect(clampScore(4, { min: 1, max: 3 })).toBe(3);
  });
});
