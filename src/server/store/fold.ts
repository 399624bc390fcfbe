import * as Y from 'yjs';

/**
 * A snapshot and the updates after it, folded into one compact update: applied to a scratch
 * document and encoded again, so deleted content is garbage-collected as in a live document.
 * Updates whose dependencies are missing stay pending and are kept by the encoding.
 */
export function foldUpdates(parts: Uint8Array[]): Uint8Array {
  const scratch = new Y.Doc();
  try {
    for (const part of parts) Y.applyUpdate(scratch, part);
    return Y.encodeStateAsUpdate(scratch);
  } finally {
    scratch.destroy();
  }
}

/** The stored parts of a document as one update (merged without applying; cheap for loading). */
export function mergeStored(parts: Uint8Array[]): Uint8Array | null {
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
}
