import { createServer } from 'node:http';
import { WebSocketServer, WebSocket } from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';

/**
 * The reference the issue names: a bare y-protocols sync of the same documents multiplexed over
 * one WebSocket, with no authentication, no authorization and no storage on either side. Each
 * frame is the document name followed by a y-protocols sync message. The server loads each
 * document from the same store the hub uses (`load`).
 */
export async function startBareServer(load: (name: string) => Promise<Uint8Array | null>) {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (socket) => {
    const docs = new Map<string, Promise<Y.Doc>>();
    const docOf = (name: string) => {
      let doc = docs.get(name);
      if (!doc) {
        doc = load(name).then((state) => {
          const loaded = new Y.Doc();
          if (state) Y.applyUpdate(loaded, state);
          return loaded;
        });
        docs.set(name, doc);
      }
      return doc;
    };
    socket.on('message', async (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const name = decoding.readVarString(decoder);
      const doc = await docOf(name);
      const encoder = encoding.createEncoder();
      encoding.writeVarString(encoder, name);
      syncProtocol.readSyncMessage(decoder, encoder, doc, 'client');
      if (encoding.length(encoder) > name.length + 1) socket.send(encoding.toUint8Array(encoder));
    });
    socket.on('close', () => docs.clear());
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as { port: number };
  return {
    url: `ws://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      http.close(() => resolve());
    }),
  };
}

/** Pulls every named document into fresh Y.Docs over one socket; resolves with the bytes received. */
export async function bareInitialSync(url: string, names: string[]): Promise<{ bytes: number; docs: Map<string, Y.Doc> }> {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const docs = new Map(names.map((name) => [name, new Y.Doc()]));
  let bytes = 0;
  let pending = names.length;
  const done = new Promise<void>((resolve) => {
    socket.on('message', (data: Buffer) => {
      bytes += data.length;
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const name = decoding.readVarString(decoder);
      const reply = encoding.createEncoder();
      const type = syncProtocol.readSyncMessage(decoder, reply, docs.get(name)!, 'server');
      if (type === syncProtocol.messageYjsSyncStep2) {
        pending -= 1;
        if (pending === 0) resolve();
      }
    });
  });
  for (const [name, doc] of docs) {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, name);
    syncProtocol.writeSyncStep1(encoder, doc);
    socket.send(encoding.toUint8Array(encoder));
  }
  await done;
  socket.close();
  return { bytes, docs };
}
