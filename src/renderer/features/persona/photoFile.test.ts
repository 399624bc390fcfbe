import { describe, expect, it } from 'vitest';
import { checkPhotoFile } from './photoFile';

describe('persona photo files', () => {
  it('accepts the image types the store keeps, up to 10 MB', () => {
    expect(checkPhotoFile({ type: 'image/jpeg', size: 2_000_000 })).toEqual({ mime: 'image/jpeg' });
    expect(checkPhotoFile({ type: 'image/svg+xml', size: 2_000 })).toEqual({ problem: 'photoWrongType' });
    expect(checkPhotoFile({ type: 'image/png', size: 11 * 1024 * 1024 })).toEqual({ problem: 'photoTooLarge' });
    expect(checkPhotoFile({ type: 'image/png', size: 0 })).toEqual({ problem: 'photoWrongType' });
  });
});
