import { contextBridge, ipcRenderer } from 'electron';
import { desktopChannels } from '../shared/rpc/bridge';
import { createDesktopBridge } from './bridge';
import { createCoreConnection } from './coreConnection';

/**
 * The preload of every Minga window. It runs sandboxed, so it may import only 'electron' and
 * code bundled into it. The MessagePort to the core stays in here; the page gets named methods.
 */
const connection = createCoreConnection();

ipcRenderer.on(desktopChannels.corePort, (event) => {
  const [port] = event.ports;
  if (port) connection.attach(port);
});

contextBridge.exposeInMainWorld(
  'minga',
  createDesktopBridge(connection, (channel, ...args) => ipcRenderer.invoke(channel, ...args), desktopChannels),
);
