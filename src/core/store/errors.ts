import { ApiError } from '../../shared/domain/errors';

/** The store refuses to open; each carries the code the renderer turns into a message. */
export class StoreOpenError extends ApiError {}

export function storeTooNew(path: string, found: number, supported: number): StoreOpenError {
  return new StoreOpenError(
    'store_too_new',
    `The database ${path} has schema version ${found}, but this Minga supports up to ${supported}. ` +
      'It was left untouched; open it with a newer Minga.',
  );
}

export function storeCorrupt(path: string, detail: string): StoreOpenError {
  return new StoreOpenError('store_corrupt', `The database ${path} cannot be read (${detail}).`);
}
