import { CHANNELS } from '../../shared/ipc/channels';
import type { Dispatch, IpcEventLike } from './dispatch';

/** The slice of Electron's ipcMain this needs, so this module stays free of `electron`. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

/** Registers every contract channel exactly once. */
export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input) => dispatch(channel, event, input));
  }
}
