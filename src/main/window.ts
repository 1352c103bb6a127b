import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './csp';

export interface WindowPlaces {
  readonly preload: string;
  /** Set by electron-vite in development; production always loads app://. */
  readonly devServerUrl?: string;
}

export function createMainWindow(places: WindowPlaces): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Common Ground',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    backgroundColor: '#f6f5f2',
    webPreferences: {
      preload: places.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(places.devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.js');
}
