import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi, CHANNELS, EVENTS } from '../shared/ipc/channels';

/**
 * The renderer's only door to the main process: one frozen object with a method per
 * contract channel and `on` for the declared pushed events. ipcRenderer itself, any
 * generic invoke and any other event name stay on this side.
 */
contextBridge.exposeInMainWorld(
  'commonGround',
  buildApi(
    CHANNELS,
    (channel, input) => ipcRenderer.invoke(channel, input),
    EVENTS,
    (event, listener) => {
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(event, forward);
      return () => void ipcRenderer.removeListener(event, forward);
    },
  ),
);
