import { BrowserWindow, dialog } from 'electron';
import type { FileDialogs } from './ipc/handlers';

/** The native open and save dialogs, attached to the focused window. */
export const nativeDialogs: FileDialogs = {
  async chooseSavePath({ title, defaultName, filters }) {
    const window = BrowserWindow.getFocusedWindow();
    const options = {
      title,
      defaultPath: defaultName,
      filters: filters.map((f) => ({ ...f, extensions: [...f.extensions] })),
    };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async chooseOpenPath({ title, filters }) {
    const window = BrowserWindow.getFocusedWindow();
    const options = {
      title,
      properties: ['openFile' as const],
      filters: filters.map((f) => ({ ...f, extensions: [...f.extensions] })),
    };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
