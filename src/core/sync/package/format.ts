import { createHash } from 'node:crypto';
import { z } from 'zod';
import { documentKinds } from '../../../shared/documents/schema';

/**
 * The sync package: one binary file that carries Yjs documents between a desktop and the hub
 * when there is no network (a USB stick, an email attachment). Layout:
 *
 *   "MINGAPKG"                     8 bytes, so a foreign file is told apart at once
 *   format version                 uint16, big-endian
 *   header length                  uint32, big-endian
 *   header                         UTF-8 JSON (`PackageHeader`): who made it, when, and per
 *                                  document its name, kind, exercise and byte length
 *   document states                each document's full Yjs state, in header order
 *   SHA-256                        32 bytes, of everything before it
 *
 * Not a zip: Yjs states are already compact binary, and a single checksummed file with a
 * versioned header is read with no library, refused whole when anything is off, and cannot hold
 * paths (no zip-slip) or compression bombs.
 */

export const packageMagic = Buffer.from('MINGAPKG', 'ascii');
export const packageFormatVersion = 1;
/** Refused before reading it whole: a package is documents, not media. */
export const maxPackageBytes = 500 * 1024 * 1024;
export const maxDocumentBytes = 100 * 1024 * 1024;
export const maxDocuments = 100_000;
const maxHeaderBytes = 32 * 1024 * 1024;
const checksumBytes = 32;
const prefixBytes = packageMagic.length + 2 + 4;

const Id = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
const namePattern = new RegExp(`^(${documentKinds.join('|')}):[A-Za-z0-9_-]{1,100}$`);

export const PackageDocument = z.object({
  name: z.string().regex(namePattern),
  kind: z.enum(documentKinds),
  /** The exercise the document belongs to (its own id for an exercise); from meta or the hub's record. */
  exerciseId: Id.optional(),
  bytes: z.number().int().min(0).max(maxDocumentBytes),
}).refine((doc) => doc.name.startsWith(`${doc.kind}:`), 'the name does not match the kind');

export const PackageHeader = z.object({
  /** A desktop's package goes to the hub; the hub's goes back to a desktop. */
  madeBy: z.enum(['desktop', 'hub']),
  createdAt: z.iso.datetime(),
  author: z.object({
    email: z.email(),
    userId: z.string().min(1).max(200).optional(),
    deviceId: z.string().min(1).max(200).optional(),
    hubUrl: z.string().max(2000).optional(),
  }),
  documents: z.array(PackageDocument).max(maxDocuments),
});

export type PackageHeader = z.infer<typeof PackageHeader>;
export type PackageEntry = Omit<z.infer<typeof PackageDocument>, 'bytes'> & { state: Uint8Array };
export interface SyncPackage {
  madeBy: PackageHeader['madeBy'];
  createdAt: string;
  author: PackageHeader['author'];
  documents: PackageEntry[];
}

/** A file that is not a readable package of this version; nothing was changed because of it. */
export class PackageRefused extends Error {}

export function encodePackage(pkg: SyncPackage): Buffer {
  const header: PackageHeader = {
    madeBy: pkg.madeBy, createdAt: pkg.createdAt, author: pkg.author,
    documents: pkg.documents.map(({ state, ...doc }) => ({ ...doc, bytes: state.byteLength })),
  };
  PackageHeader.parse(header);
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(prefixBytes);
  packageMagic.copy(prefix, 0);
  prefix.writeUInt16BE(packageFormatVersion, packageMagic.length);
  prefix.writeUInt32BE(json.length, packageMagic.length + 2);
  const body = Buffer.concat([prefix, json, ...pkg.documents.map((doc) => doc.state)]);
  if (body.length + checksumBytes > maxPackageBytes) throw new PackageRefused(`The package would be larger than ${maxPackageBytes / 1024 / 1024} MB; export one exercise at a time with --exercise.`);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** Reads and checks a whole package; throws `PackageRefused` with what is wrong. */
export function decodePackage(file: Buffer): SyncPackage {
  if (file.length > maxPackageBytes) throw new PackageRefused(`The file is larger than ${maxPackageBytes / 1024 / 1024} MB, more than any sync package.`);
  if (file.length < packageMagic.length || !file.subarray(0, packageMagic.length).equals(packageMagic)) {
    throw new PackageRefused('This file is not a Minga sync package.');
  }
  if (file.length < prefixBytes + checksumBytes) throw new PackageRefused('The sync package is truncated (cut short while copying?); export it again.');
  const version = file.readUInt16BE(packageMagic.length);
  if (version > packageFormatVersion) throw new PackageRefused(`The sync package was made by a newer Minga (format ${version}); update Minga to import it.`);
  if (version < 1) throw new PackageRefused(`The sync package has an unknown format (${version}).`);
  const body = file.subarray(0, file.length - checksumBytes);
  if (!createHash('sha256').update(body).digest().equals(file.subarray(file.length - checksumBytes))) {
    throw new PackageRefused('The sync package is damaged or truncated (its checksum does not match); export it again.');
  }
  const headerLength = file.readUInt32BE(packageMagic.length + 2);
  if (headerLength > maxHeaderBytes || prefixBytes + headerLength > body.length) throw new PackageRefused('The sync package header is damaged.');
  let header: PackageHeader;
  try {
    header = PackageHeader.parse(JSON.parse(body.subarray(prefixBytes, prefixBytes + headerLength).toString('utf8')));
  } catch {
    throw new PackageRefused('The sync package header is not valid.');
  }
  const documents: PackageEntry[] = [];
  const seen = new Set<string>();
  let offset = prefixBytes + headerLength;
  for (const { bytes, ...doc } of header.documents) {
    if (seen.has(doc.name)) throw new PackageRefused(`The sync package holds ${doc.name} twice.`);
    seen.add(doc.name);
    if (offset + bytes > body.length) throw new PackageRefused('The sync package is shorter than its header says.');
    documents.push({ ...doc, state: new Uint8Array(body.subarray(offset, offset + bytes)) });
    offset += bytes;
  }
  if (offset !== body.length) throw new PackageRefused('The sync package is longer than its header says.');
  return { madeBy: header.madeBy, createdAt: header.createdAt, author: header.author, documents };
}

/**
 * Decodes every document's state into a scratch document, so a package with one unreadable
 * state is refused before any of it is merged.
 */
export function checkStates(pkg: SyncPackage, decode: (state: Uint8Array) => void): void {
  for (const doc of pkg.documents) {
    try {
      decode(doc.state);
    } catch {
      throw new PackageRefused(`The sync package's copy of ${doc.name} is not a readable document.`);
    }
  }
}
