import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { maxArchiveBytes } from '../../shared/contract/archive';
import { sniffImageMime } from '../../shared/board/imageMime';
import { currentSchemaVersion, readMeta, type DocumentKind } from '../../shared/documents/schema';
import { archiveFormatVersion, archiveLimits, assetEntryName, documentEntryName, isArchiveEntryName, Manifest, ManifestHead, manifestName, type ManifestAsset, type ManifestDocument } from './manifest';
import { ArchiveRefused } from './refused';
import { inflateEntry, listZip, type ZipEntry } from './zip';

export interface CheckedDocument extends ManifestDocument {
  state: Uint8Array;
  /** A board's workshop, from its meta. */
  workshopId?: string;
}
export interface CheckedAsset extends ManifestAsset {
  data: Uint8Array;
}
export interface CheckedArchive {
  manifest: Manifest;
  /** Exercises first, then workshops, then boards. */
  documents: CheckedDocument[];
  assets: CheckedAsset[];
}

/** What the receiving store already holds, for references and identity checks. */
export interface StoreLookup {
  kindOf(id: string): DocumentKind | undefined;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const kindOrder = { exercise: 0, workshop: 1, board: 2 } as const;

/**
 * Reads and checks a whole archive without writing anything: the zip's structure and limits,
 * the manifest, every entry's size and SHA-256, every document as a Yjs state of the declared
 * kind, and every reference to an exercise or workshop. Throws `ArchiveRefused` naming the
 * first problem; returns what is safe to merge.
 */
export function checkArchive(file: Uint8Array, store: StoreLookup): CheckedArchive {
  if (file.byteLength > maxArchiveBytes) throw new ArchiveRefused('too_large', `The file is larger than ${maxArchiveBytes / 1024 / 1024} MB, more than any Minga archive.`);
  const entries = new Map(listZip(file, archiveLimits, isArchiveEntryName).map((entry) => [entry.name, entry]));
  const manifest = readManifest(file, entries.get(manifestName));
  const listed = new Set<string>([manifestName]);
  const documents = manifest.documents.map((declared) => {
    const name = documentEntryName(declared.id);
    if (listed.has(name)) throw new ArchiveRefused('duplicate_entry', `The manifest lists document ${declared.id} twice.`, name);
    listed.add(name);
    return { ...declared, state: readChecked(file, entries.get(name), name, declared) };
  });
  const assets = manifest.assets.map((declared) => {
    const name = assetEntryName(declared.hash);
    if (listed.has(name)) throw new ArchiveRefused('duplicate_entry', `The manifest lists image ${declared.hash} twice.`, name);
    listed.add(name);
    const data = readChecked(file, entries.get(name), name, { sha256: declared.hash, bytes: declared.bytes });
    if (sniffImageMime(data) !== declared.mime) throw new ArchiveRefused('not_an_image', `${name} is not the ${declared.mime} image the manifest says.`, name);
    return { ...declared, data };
  });
  for (const name of entries.keys()) {
    if (!listed.has(name)) throw new ArchiveRefused('unexpected_entry', `${name} is in the archive but not in its manifest.`, name);
  }
  for (const document of documents) checkDocument(document, store);
  checkReferences(documents, store);
  documents.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
  return { manifest, documents, assets };
}

function readManifest(file: Uint8Array, entry: ZipEntry | undefined): Manifest {
  if (!entry) throw new ArchiveRefused('missing_entry', 'The archive has no manifest.json: it is not a Minga archive.', manifestName);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflateEntry(file, entry)));
  } catch (error) {
    if (error instanceof ArchiveRefused) throw error;
    throw new ArchiveRefused('manifest_invalid', 'manifest.json is not valid JSON.', manifestName);
  }
  const head = ManifestHead.safeParse(json);
  if (head.success && head.data.formatVersion > archiveFormatVersion) {
    throw new ArchiveRefused('too_new', `The archive was made by a newer Minga (format ${head.data.formatVersion}); update Minga to import it.`, manifestName);
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ArchiveRefused('manifest_invalid', `manifest.json is not valid: ${issue.path.join('.') || '(root)'}: ${issue.message}.`, manifestName);
  }
  return parsed.data;
}

function readChecked(file: Uint8Array, entry: ZipEntry | undefined, name: string, declared: { sha256: string; bytes: number }): Uint8Array {
  if (!entry) throw new ArchiveRefused('missing_entry', `The manifest lists ${name}, but the archive does not hold it.`, name);
  if (entry.size !== declared.bytes) throw new ArchiveRefused('checksum_mismatch', `${name} has ${entry.size} bytes; the manifest says ${declared.bytes}.`, name);
  const data = inflateEntry(file, entry);
  if (sha256(data) !== declared.sha256) throw new ArchiveRefused('checksum_mismatch', `${name} does not match its SHA-256 in the manifest (damaged or altered).`, name);
  return data;
}

/** Decodes the state into a scratch document: a well-formed, complete Yjs state of the declared kind. */
function checkDocument(document: CheckedDocument, store: StoreLookup): void {
  const name = documentEntryName(document.id);
  const scratch = new Y.Doc();
  try {
    try {
      Y.applyUpdate(scratch, document.state);
    } catch {
      throw new ArchiveRefused('not_a_document', `${name} is not a readable Minga document.`, name);
    }
    if (scratch.store.pendingStructs !== null || scratch.store.pendingDs !== null) {
      throw new ArchiveRefused('not_a_document', `${name} is incomplete (it depends on changes the archive does not hold).`, name);
    }
    const meta = readMeta(scratch);
    if (!meta) throw new ArchiveRefused('not_a_document', `${name} is not a Minga document (it has no kind).`, name);
    if (meta.kind !== document.kind) throw new ArchiveRefused('wrong_kind', `${name} is a ${meta.kind}, but the manifest says ${document.kind}.`, name);
    if (meta.schemaVersion > currentSchemaVersion[meta.kind]) throw new ArchiveRefused('too_new', `${name} was made by a newer Minga; update Minga to import it.`, name);
    const owner = meta.kind === 'exercise' ? document.id : meta.exerciseId;
    if (owner !== document.exerciseId) throw new ArchiveRefused('wrong_kind', `${name} belongs to exercise ${owner ?? '(none)'}, but the manifest says ${document.exerciseId}.`, name);
    if (meta.workshopId !== undefined) document.workshopId = meta.workshopId;
  } finally {
    scratch.destroy();
  }
  const here = store.kindOf(document.id);
  if (here !== undefined && here !== document.kind) throw new ArchiveRefused('kind_conflict', `${name} is a ${document.kind} in the archive but a ${here} in this Minga.`, name);
}

/** Every workshop and board belongs to an exercise (and a board to a workshop) in the archive or already here. */
function checkReferences(documents: CheckedDocument[], store: StoreLookup): void {
  const inArchive = new Map(documents.map((document) => [document.id, document.kind]));
  const present = (id: string, kind: DocumentKind) => inArchive.get(id) === kind || store.kindOf(id) === kind;
  for (const document of documents) {
    const name = documentEntryName(document.id);
    if (document.kind !== 'exercise' && !present(document.exerciseId, 'exercise')) {
      throw new ArchiveRefused('missing_exercise', `${name} belongs to exercise ${document.exerciseId}, which is neither in the archive nor in this Minga.`, name);
    }
    const { workshopId } = document;
    if (document.kind === 'board' && workshopId !== undefined && !present(workshopId, 'workshop')) {
      throw new ArchiveRefused('missing_workshop', `${name} belongs to workshop ${workshopId}, which is neither in the archive nor in this Minga.`, name);
    }
  }
}
