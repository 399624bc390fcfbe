import * as Y from 'yjs';
import { parseDocumentName } from '../access';

/**
 * Checks a WebSocket frame's structure before Hocuspocus sees it. Hocuspocus already survives
 * most garbage, but reacts unevenly (a log line and a closed document here, a queued message
 * there); checking at the edge means every malformed frame gets the same answer — that socket
 * is closed, nothing else is touched — and only message types Minga uses get through.
 *
 * Frame layout (Hocuspocus 4): varString address (`<kind>:<id>` or `<kind>:<id>\0<session>`),
 * varUint message type, then a type-specific body.
 */
export type FrameVerdict = 'forward' | 'ignore' | 'malformed';

const type = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, syncReply: 4, close: 7, pong: 10 } as const;
const syncStep = { step1: 0, step2: 1, update: 2 } as const;
const utf8 = new TextDecoder('utf-8', { fatal: true });

class Reader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.pos === this.bytes.length;
  }

  varUint(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.pos >= this.bytes.length) throw new RangeError('truncated');
      const byte = this.bytes[this.pos++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) {
        if (value > Number.MAX_SAFE_INTEGER) throw new RangeError('too large');
        return value;
      }
    }
    throw new RangeError('varint too long');
  }

  bytesOf(length: number): Uint8Array {
    if (length > this.bytes.length - this.pos) throw new RangeError('truncated');
    const slice = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return slice;
  }

  varBytes(): Uint8Array {
    return this.bytesOf(this.varUint());
  }

  varString(): string {
    return utf8.decode(this.varBytes());
  }
}

function validAddress(address: string): boolean {
  const separator = address.indexOf('\0');
  const name = separator === -1 ? address : address.slice(0, separator);
  const session = separator === -1 ? '' : address.slice(separator + 1);
  return parseDocumentName(name) !== undefined && session.length <= 64 && !session.includes('\0');
}

function validAwareness(body: Uint8Array): boolean {
  const reader = new Reader(body);
  const count = reader.varUint();
  if (count > 1000) return false;
  for (let index = 0; index < count; index += 1) {
    reader.varUint();
    reader.varUint();
    JSON.parse(reader.varString());
  }
  return reader.done;
}

export function checkFrame(frame: Uint8Array): FrameVerdict {
  // Providers answer a connection-level ping with a one-byte pong; the hub never pings.
  if (frame.length === 1 && frame[0] === type.pong) return 'ignore';
  try {
    const reader = new Reader(frame);
    if (!validAddress(reader.varString())) return 'malformed';
    switch (reader.varUint()) {
      case type.sync:
      case type.syncReply: {
        const step = reader.varUint();
        const body = reader.varBytes();
        if (!reader.done) return 'malformed';
        if (step === syncStep.step1) return 'forward';
        if (step !== syncStep.step2 && step !== syncStep.update) return 'malformed';
        // Decoding proves the update is well formed before any document applies it.
        Y.decodeUpdate(body);
        return 'forward';
      }
      case type.awareness: {
        const body = reader.varBytes();
        return reader.done && validAwareness(body) ? 'forward' : 'malformed';
      }
      case type.auth: {
        if (reader.varUint() !== 0) return 'malformed';
        reader.varString();
        // Newer providers append their version.
        if (!reader.done) reader.varString();
        return reader.done ? 'forward' : 'malformed';
      }
      case type.queryAwareness:
      case type.close:
        return reader.done ? 'forward' : 'malformed';
      default:
        // Stateless messages are unused, and BroadcastStateless is a server-internal opcode.
        return 'malformed';
    }
  } catch {
    return 'malformed';
  }
}
