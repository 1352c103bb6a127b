import { join } from 'node:path';
import { BrowserWindow, screen, type WebPreferences } from 'electron';
import { APP_ORIGIN } from './csp';

export interface WindowPlaces {
  readonly preload: string;
  /** Set by electron-vite in development; production always loads app://. */
  readonly devServerUrl?: string;
}

/** The same locked-down settings for every window the app opens. */
export function securePreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

export function rendererUrl(places: WindowPlaces, hash = ''): string {
  return `${places.devServerUrl ?? `${APP_ORIGIN}/index.html`}${hash}`;
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
    webPreferences: securePreferences(places.preload),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl(places));
  return window;
}

/**
 * The projector view: full screen on the second display when there is one, else a
 * normal window the facilitator can drag to the projector.
 */
export function createPresenterWindow(places: WindowPlaces, workshopId: string): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const external = screen.getAllDisplays().find((display) => display.id !== primary.id);
  const window = new BrowserWindow({
    title: 'Common Ground — presenter',
    ...(external
      ? {
          x: external.bounds.x,
          y: external.bounds.y,
          width: external.bounds.width,
          height: external.bounds.height,
          fullscreen: true,
        }
      : { width: 1280, height: 720 }),
    show: false,
    backgroundColor: '#10141a',
    autoHideMenuBar: true,
    webPreferences: securePreferences(places.preload),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl(places, `#/presenter/${encodeURIComponent(workshopId)}`));
  return window;
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.js');
}
