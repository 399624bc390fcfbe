import { Packr } from 'msgpackr';

/**
 * The browser-mode wire format: plain MessagePack (no msgpackr record extension), which keeps
 * Yjs updates as binary and stays readable by any MessagePack peer, such as a phone later.
 */
const packr = new Packr({ useRecords: false, mapsAsObjects: true });

export function encodeFrame(message: unknown): Uint8Array {
  return packr.pack(message);
}

export function decodeFrame(frame: Uint8Array): unknown {
  return packr.unpack(frame);
}
