import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, webContents } from 'electron';
import { createCore, DatabaseTooNewError, type Core } from './core';
import { workshopFileImporter } from './core/importInWorker';
import { APP_ORIGIN } from './csp';
import { nativeDialogs } from './dialogs';
import { createDispatcher, originPolicy } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { installMenu } from './menu';
import { openFile, printReport } from './printing';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyPermissions, hardenWebContents } from './security';
import { createMainWindow, createPresenterWindow, preloadPath } from './window';

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;
let presenterWindow: BrowserWindow | undefined;
let dailyBackups: ReturnType<typeof setInterval> | undefined;

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

registerAppScheme();
hardenWebContents();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.on('will-quit', () => {
    clearInterval(dailyBackups);
    core?.close();
  });
  app.whenReady().then(start, (error: unknown) => fail(error));
}

function start(): void {
  try {
    core = createCore(join(app.getPath('userData'), 'common-ground.sqlite'));
  } catch (error) {
    fail(error);
    return;
  }
  denyPermissions();
  serveRenderer(join(__dirname, '../renderer'));
  const trustedOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];
  registerIpc(
    ipcMain,
    createDispatcher(
      createHandlers(
        core,
        { version: app.getVersion() },
        {
          dialogs: nativeDialogs,
          importWorkshopFile: workshopFileImporter(core, join(__dirname, 'importWorker.js')),
          windows: {
            openPresenter,
            printReport: (id, title, options) =>
              printReport({ preload: preloadPath(__dirname), devServerUrl }, id, title, options),
            openFile,
          },
        },
      ),
      originPolicy(trustedOrigins),
      core.live,
    ),
  );
  // The room is pushed to each window as its audience may see it; a closed window is forgotten.
  core.live.connect((id, view) => {
    const contents = webContents.fromId(id);
    if (contents && !contents.isDestroyed()) contents.send('live.view', view);
  });

  installMenu(process.platform === 'darwin', devServerUrl !== undefined);
  openMainWindow();
  startDailyBackups();
}

/**
 * A backup at start when the newest one is a day old or there is none, then a look every
 * hour, so a laptop left running for days still gets one a day. A failed backup is logged
 * and never stops the app; one cut short by quitting is not a failure.
 */
function startDailyBackups(): void {
  const backUpIfDue = () =>
    void core?.backups.createIfOlderThan(DAY_MS).catch((error: unknown) => {
      if (core?.db.open) console.error('The daily backup failed', error);
    });
  backUpIfDue();
  dailyBackups = setInterval(backUpIfDue, HOUR_MS);
}

function openMainWindow(): void {
  mainWindow = createMainWindow({ preload: preloadPath(__dirname), devServerUrl });
  const id = mainWindow.webContents.id;
  mainWindow.on('closed', () => {
    mainWindow = undefined;
    core?.live.forget(id);
  });
}

/** One projector window at a time: asking again brings it forward on the workshop asked for. */
function openPresenter(workshopId: string): void {
  if (presenterWindow && !presenterWindow.isDestroyed()) presenterWindow.close();
  presenterWindow = createPresenterWindow({ preload: preloadPath(__dirname), devServerUrl }, workshopId);
  // Before its page loads: the projector is shown the room, and may ask for nothing else.
  const id = presenterWindow.webContents.id;
  core?.live.seatRoom(id, workshopId);
  presenterWindow.on('closed', () => {
    presenterWindow = undefined;
    core?.live.forget(id);
  });
}

function fail(error: unknown): void {
  const message =
    error instanceof DatabaseTooNewError
      ? error.message
      : `Common Ground could not start: ${error instanceof Error ? error.message : String(error)}`;
  dialog.showErrorBox('Common Ground', message);
  app.exit(1);
}
