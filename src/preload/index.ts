import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, CHANNELS } from '../shared/ipc/channels';

/**
 * The renderer's only door to the main process: one frozen object with a method per
 * contract channel. ipcRenderer itself, and any generic invoke, stay on this side.
 */
contextBridge.exposeInMainWorld(
  'commonGround',
  buildApi(CHANNELS, (channel, input) => ipcRenderer.invoke(channel, input)),
);
