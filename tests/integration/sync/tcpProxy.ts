import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 between desktops and a hub, so a test can drop their connections
 * mid-round, refuse new ones for a while, or point them at a hub restarted on another port.
 * The desktops sign in to the proxy's address and never learn the hub's.
 */
export async function startTcpProxy(targetPort: number) {
  let target = targetPort;
  let refusing = false;
  /** Called with each chunk a desktop sends on a WebSocket sync connection. */
  let onSyncUpload: ((bytes: number) => void) | undefined;
  const live = new Set<Socket>();
  /** Every byte carried, both ways, for benchmarks. */
  const carried = { up: 0, down: 0 };

  const server = createServer((client) => {
    if (refusing) return client.destroy();
    const hub = createConnection({ host: '127.0.0.1', port: target });
    live.add(client);
    live.add(hub);
    let isSync: boolean | undefined;
    let uploaded = 0;
    client.on('data', (chunk: Buffer) => {
      isSync ??= chunk.subarray(0, 10).toString('latin1').startsWith('GET /sync');
      hub.write(chunk);
      carried.up += chunk.length;
      if (isSync) {
        uploaded += chunk.length;
        onSyncUpload?.(uploaded);
      }
    });
    hub.on('data', (chunk: Buffer) => {
      carried.down += chunk.length;
    });
    hub.pipe(client);
    const end = () => {
      client.destroy();
      hub.destroy();
      live.delete(client);
      live.delete(hub);
    };
    for (const socket of [client, hub]) {
      socket.on('error', end);
      socket.on('close', end);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };

  const cut = () => {
    for (const socket of live) socket.destroy();
    live.clear();
  };

  return {
    url: `http://127.0.0.1:${port}`,
    carried,
    /** Drops every open connection, as a pulled cable or a Wi-Fi handover would. */
    cut,
    /** While true, new connections are accepted and closed at once. */
    refuse(on: boolean) {
      refusing = on;
    },
    /** Cuts everything (and refuses, if `thenRefuse`) once one sync connection has carried `bytes` upward. */
    cutAfterUpload(bytes: number, thenRefuse: boolean): Promise<void> {
      return new Promise((resolve) => {
        onSyncUpload = (uploaded) => {
          if (uploaded < bytes) return;
          onSyncUpload = undefined;
          refusing = thenRefuse;
          cut();
          resolve();
        };
      });
    },
    /** Sends new connections to a hub on another port (restarted after a kill). */
    retarget(port: number) {
      target = port;
    },
    close(): Promise<void> {
      cut();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export type TcpProxy = Awaited<ReturnType<typeof startTcpProxy>>;
