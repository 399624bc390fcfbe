import { describe, expect, it } from 'vitest';
import { sniffImageMime } from './imageMime';

describe('sniffImageMime', () => {
  const bytes = (...values: (number | string)[]) =>
    Uint8Array.from(values.flatMap((value) => (typeof value === 'string' ? [...value].map((char) => char.charCodeAt(0)) : [value])));
  it('recognises the four image types by magic number', () => {
    expect(sniffImageMime(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe('image/png');
    expect(sniffImageMime(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffImageMime(bytes('GIF89a', 1, 0))).toBe('image/gif');
    expect(sniffImageMime(bytes('GIF87a'))).toBe('image/gif');
    expect(sniffImageMime(bytes('RIFF', 1, 2, 3, 4, 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageMime(bytes('RIFF', 1, 2, 3, 4, 'WAVE'))).toBeUndefined();
    expect(sniffImageMime(bytes('<svg'))).toBeUndefined();
    expect(sniffImageMime(new Uint8Array())).toBeUndefined();
  });
});
