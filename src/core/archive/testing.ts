import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';
import type { Db } from '../store/database';
import { archiveLimits, isArchiveEntryName } from './manifest';
import { inflateEntry, listZip } from './zip';

/**
 * Test helpers for the portable archive: take an archive apart and put it together again by
 * hand, with whatever names, sizes and checksums a hostile file would have. Not used by the app.
 */

export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Deflate the data (method 8) rather than store it. */
  deflate?: boolean;
  /** What the directory claims, when a test wants it to lie. */
  declaredSize?: number;
  crc?: number;
}

export function unpackArchive(bytes: Uint8Array): RawEntry[] {
  return listZip(bytes, archiveLimits, isArchiveEntryName).map((entry) => ({ name: entry.name, data: inflateEntry(bytes, entry), deflate: entry.method === 8 }));
}

/** A zip written field by field (local headers, central directory, end record). */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.deflate ? deflateSync(entry.data) : entry.data;
    const size = entry.declaredSize ?? entry.data.byteLength;
    const crc = entry.crc ?? crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(body));
    centrals.push(central, name);
    offset += 30 + name.length + body.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A hash of every row of every table, to show that a refused import wrote nothing. */
export function storeFingerprint(db: Db): string {
  const hash = createHash('sha256');
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
  for (const { name } of tables) {
    hash.update(name);
    for (const row of db.prepare(`SELECT * FROM "${name}"`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : typeof value === 'bigint' ? String(value) : value)));
    }
  }
  return hash.digest('hex');
}
