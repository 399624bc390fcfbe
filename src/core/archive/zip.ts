import { crc32 } from 'node:zlib';
import { Inflate, zipSync, type Zippable } from 'fflate';
import { ArchiveRefused } from './refused';

/**
 * A deliberately strict zip reader for portable archives. fflate does the deflating; the
 * structure is read here so that every hostile trick is refused from the central directory,
 * before any entry is inflated: zip64 and encryption (never written by Minga), entries that
 * overlap or lie outside the file, names outside the expected patterns, declared sizes over the
 * limits and compression ratios of a zip bomb. Inflating then stops as soon as an entry yields
 * more than it declared, so a lying entry costs at most one input slice of work.
 */

export interface ZipLimits {
  maxEntries: number;
  /** The largest uncompressed size allowed for an entry with this name. */
  maxEntryBytes(name: string): number;
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed, checked for entries larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  headerStart: number;
  dataStart: number;
}

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const eocdBytes = 22;
/** Input fed to the inflater per step: bounds the output of one step to about 16 MiB (1032:1). */
const inflateSliceBytes = 16 * 1024;

/** Writes a zip; images are stored as they are (already compressed), documents deflated. */
export function writeZip(entries: { name: string; data: Uint8Array; compress: boolean }[]): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries) files[entry.name] = [entry.data, { level: entry.compress ? 6 : 0 }];
  return zipSync(files, { mtime: new Date('2020-01-01T00:00:00Z') });
}

/** The entries' directory, checked against `limits` and `allowName`; throws `ArchiveRefused`. */
export function listZip(file: Uint8Array, limits: ZipLimits, allowName: (name: string) => boolean): ZipEntry[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const eocd = findEndOfDirectory(file, view);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) throw new ArchiveRefused('not_zip', 'The archive spans several disks.');
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryStart = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryStart === 0xffffffff) throw new ArchiveRefused('too_many_entries', 'The archive is a zip64 file, larger than any Minga archive.');
  if (view.getUint16(eocd + 8, true) !== count) throw new ArchiveRefused('not_zip', 'The archive spans several disks.');
  if (count > limits.maxEntries) throw new ArchiveRefused('too_many_entries', `The archive has ${count} entries; at most ${limits.maxEntries} are allowed.`);
  if (directoryStart + directorySize > eocd) throw new ArchiveRefused('truncated', 'The archive is truncated: its directory points past its end.');
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = directoryStart;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > directoryStart + directorySize || view.getUint32(at, true) !== centralSignature) throw new ArchiveRefused('truncated', 'The archive directory is damaged or truncated.');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (next > directoryStart + directorySize) throw new ArchiveRefused('truncated', 'The archive directory is damaged or truncated.');
    const name = new TextDecoder('utf-8', { fatal: false }).decode(file.subarray(at + 46, at + 46 + nameLength));
    at = next;
    if (!isSafeName(name)) throw new ArchiveRefused('unsafe_name', `The archive holds an entry with an unsafe name (${JSON.stringify(name.slice(0, 120))}).`, name);
    if (!allowName(name)) throw new ArchiveRefused('unexpected_entry', `The archive holds ${name}, which is no part of a Minga archive.`, name);
    if (names.has(name)) throw new ArchiveRefused('duplicate_entry', `The archive holds ${name} twice.`, name);
    names.add(name);
    if ((flags & 0x1) !== 0) throw new ArchiveRefused('damaged_entry', `${name} is encrypted.`, name);
    if (method !== 0 && method !== 8) throw new ArchiveRefused('damaged_entry', `${name} uses an unknown compression (${method}).`, name);
    if (size > limits.maxEntryBytes(name)) throw new ArchiveRefused('entry_too_large', `${name} would be ${size} bytes; at most ${limits.maxEntryBytes(name)} are allowed.`, name);
    if (method === 0 && compressedSize !== size) throw new ArchiveRefused('damaged_entry', `${name} is stored with two different sizes.`, name);
    if (size > limits.ratioFloorBytes && size / Math.max(compressedSize, 1) > limits.maxRatio) {
      throw new ArchiveRefused('compression_ratio', `${name} would inflate ${compressedSize} bytes into ${size} (more than ${limits.maxRatio} times): a zip bomb?`, name);
    }
    total += size;
    if (total > limits.maxTotalBytes) throw new ArchiveRefused('too_large', `The archive would inflate to more than ${limits.maxTotalBytes} bytes.`);
    entries.push({ name, method, crc, compressedSize, size, headerStart: localOffset, dataStart: localDataStart(file, view, localOffset, name) });
  }
  checkNoOverlap(entries, directoryStart);
  return entries;
}

/** The entry's bytes, checked against its declared size and CRC-32. */
export function inflateEntry(file: Uint8Array, entry: ZipEntry): Uint8Array {
  const compressed = file.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let output: Uint8Array;
  if (entry.method === 0) {
    output = compressed;
  } else {
    output = new Uint8Array(entry.size);
    let written = 0;
    let finished = false;
    const inflater = new Inflate((chunk, final) => {
      if (written + chunk.length > entry.size) throw new ArchiveRefused('damaged_entry', `${entry.name} holds more than the ${entry.size} bytes it declares.`, entry.name);
      output.set(chunk, written);
      written += chunk.length;
      if (final) finished = true;
    });
    try {
      for (let at = 0; at < compressed.length; at += inflateSliceBytes) {
        inflater.push(compressed.subarray(at, at + inflateSliceBytes), at + inflateSliceBytes >= compressed.length);
      }
      if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof ArchiveRefused) throw error;
      throw new ArchiveRefused('damaged_entry', `${entry.name} is damaged (it does not inflate).`, entry.name);
    }
    if (!finished || written !== entry.size) throw new ArchiveRefused('damaged_entry', `${entry.name} is damaged or truncated (${written} of ${entry.size} bytes).`, entry.name);
  }
  if (crc32(output) !== entry.crc) throw new ArchiveRefused('damaged_entry', `${entry.name} is damaged (its CRC-32 does not match).`, entry.name);
  return output;
}

function findEndOfDirectory(file: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, file.length - eocdBytes - 0xffff);
  for (let at = file.length - eocdBytes; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === eocdSignature && at + eocdBytes + view.getUint16(at + 20, true) === file.length) return at;
  }
  const startsLikeZip = file.length >= 4 && view.getUint32(0, true) === localSignature;
  if (startsLikeZip) throw new ArchiveRefused('truncated', 'The archive is truncated (cut short while copying?): its directory is missing.');
  throw new ArchiveRefused('not_zip', 'This file is not a Minga archive (not a zip file).');
}

function localDataStart(file: Uint8Array, view: DataView, offset: number, name: string): number {
  if (offset + 30 > file.length || view.getUint32(offset, true) !== localSignature) throw new ArchiveRefused('truncated', `${name} is missing from the archive (damaged or truncated).`, name);
  return offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
}

/** Entries that share bytes are the other way to build a zip bomb; each must have its own. */
function checkNoOverlap(entries: ZipEntry[], directoryStart: number): void {
  const sorted = [...entries].sort((a, b) => a.headerStart - b.headerStart);
  for (const [index, entry] of sorted.entries()) {
    const end = entry.dataStart + entry.compressedSize;
    const limit = sorted[index + 1]?.headerStart ?? directoryStart;
    if (end > limit) throw new ArchiveRefused(end > directoryStart ? 'truncated' : 'damaged_entry', `${entry.name} runs into the next entry or past the data (damaged or truncated).`, entry.name);
  }
}

/** No parent steps, absolute paths, drive letters, backslashes or control characters. */
function isSafeName(name: string): boolean {
  if (name.length === 0 || name.length > 200) return false;
  if (name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name)) return false;
  if ([...name].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return false;
  return !name.split('/').some((part) => part === '..' || part === '.');
}
