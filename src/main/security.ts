import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { app, session, shell, type WebContents } from 'electron';

/**
 * Electron's security checklist for every web contents the app ever creates: no
 * navigation away (of the window or of any frame in it), no new windows, no <webview>,
 * no permission granted, and no DevTools in a packaged app.
 */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-frame-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    // The menu offers no DevTools when packaged; this closes them however they were opened.
    if (app.isPackaged) contents.on('devtools-opened', () => contents.closeDevTools());
  });
}

/** Call once the app is ready: the default session refuses every permission. */
export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/**
 * Whether a path is a PDF the app may hand to the system's viewer: a regular file named
 * `.pdf` whose first bytes say PDF. shell.openPath runs whatever the file's type
 * says, so nothing else (a renamed script, a folder, an app bundle) is ever opened.
 */
export function isPdfFile(path: string): boolean {
  if (extname(path).toLowerCase() !== '.pdf') return false;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    if (!fstatSync(fd).isFile()) return false;
    const head = Buffer.alloc(5);
    return readSync(fd, head, 0, 5, 0) === 5 && head.toString('latin1') === '%PDF-';
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Opens a report the app wrote in the system's PDF viewer, after checking that it is one. */
export function openPdf(path: string): void {
  if (isPdfFile(path)) void shell.openPath(path);
  else console.error(`Not opening ${path}: it is not a PDF file.`);
}
