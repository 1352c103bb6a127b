import { createRequire } from 'node:module';

type Listener = (...args: unknown[]) => unknown;

/**
 * A stand-in for the `electron` module, recording what the built main and preload
 * bundles ask of it. Only Electron's own APIs are faked; the core, IPC and protocol
 * code they drive is the real thing.
 */
export function createFakeElectron(options: { userData: string; singleInstance?: boolean }) {
  const appListeners = new Map<string, Listener[]>();
  const record = {
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    ipcHandlers: new Map<string, Listener>(),
    ipcHandleCalls: [] as string[],
    windows: [] as FakeWindow[],
    permissionRequestHandler: undefined as Listener | undefined,
    permissionCheckHandler: undefined as Listener | undefined,
    menu: undefined as unknown,
    errorBoxes: [] as [string, string][],
    quitCalled: false,
    exitCode: undefined as number | undefined,
    singleInstanceRequested: false,
    exposed: new Map<string, unknown>(),
    invoked: [] as [string, unknown][],
    savePaths: [] as string[],
    printed: [] as Record<string, unknown>[],
    scripts: [] as string[],
    openedPaths: [] as string[],
    /** What the main process pushed, per window: [webContents id, event, payload]. */
    sent: [] as [number, string, unknown][],
    /** Events the preload subscribed to. */
    subscribed: [] as string[],
  };
  let nextContentsId = 1;

  class FakeWindow {
    static getAllWindows = () => record.windows;
    static getFocusedWindow = () => null;
    readonly options: Record<string, unknown>;
    loadedUrl: string | undefined;
    private readonly listeners = new Map<string, Listener[]>();
    constructor(windowOptions: Record<string, unknown>) {
      this.options = windowOptions;
      record.windows.push(this);
    }
    destroyed = false;
    /** The page: says the report has settled when asked, and prints a stand-in PDF. */
    readonly webContents = {
      id: nextContentsId++,
      isDestroyed: () => this.destroyed,
      send: (event: string, payload: unknown) => record.sent.push([this.webContents.id, event, payload]),
      executeJavaScript: async (code: string) => {
        record.scripts.push(code);
        return code.includes('__reportSettled') ? { error: null } : null;
      },
      printToPDF: async (printOptions: Record<string, unknown>) => {
        record.printed.push(printOptions);
        return Buffer.from('%PDF-1.7\n%stand-in\n');
      },
    };
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
    close() {
      this.destroyed = true;
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
  }

  const electron = {
    app: {
      isPackaged: true,
      getPath: (name: string) => {
        if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
        return options.userData;
      },
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => {
        record.singleInstanceRequested = true;
        return options.singleInstance ?? true;
      },
      whenReady: () => Promise.resolve(),
      on(event: string, listener: Listener) {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
        return this;
      },
      quit: () => {
        record.quitCalled = true;
      },
      exit: (code: number) => {
        record.exitCode = code;
      },
    },
    BrowserWindow: FakeWindow,
    webContents: {
      fromId: (id: number) => record.windows.find((window) => window.webContents.id === id)?.webContents,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        record.protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        record.ipcHandleCalls.push(channel);
        record.ipcHandlers.set(channel, listener);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (record.permissionRequestHandler = handler),
        setPermissionCheckHandler: (handler: Listener) => (record.permissionCheckHandler = handler),
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => (record.menu = menu),
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }),
      getAllDisplays: () => [
        { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } },
        { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } },
      ],
    },
    shell: {
      openPath: async (path: string) => {
        record.openedPaths.push(path);
        return '';
      },
    },
    dialog: {
      showSaveDialog: async () => {
        const filePath = record.savePaths.shift();
        return filePath ? { canceled: false, filePath } : { canceled: true };
      },
      showErrorBox: (title: string, message: string) => record.errorBoxes.push([title, message]),
    },
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => record.exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        record.invoked.push([channel, input]);
        return Promise.resolve({ ok: true, value: null });
      },
      on: (event: string) => record.subscribed.push(event),
      removeListener: (event: string) => {
        record.subscribed = record.subscribed.filter((e) => e !== event);
      },
    },
  };

  function emitApp(event: string, ...args: unknown[]) {
    for (const listener of appListeners.get(event) ?? []) listener(...args);
  }

  return { electron, record, emitApp, appListeners };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

const require = createRequire(import.meta.url);

/** Loads a built CommonJS bundle with `electron` resolved to the stand-in. */
export function loadWithFakeElectron(bundle: string, fake: FakeElectron): void {
  const electronPath = require.resolve('electron');
  const bundlePath = require.resolve(bundle);
  const cache = require.cache as Record<string, unknown>;
  cache[electronPath] = { id: electronPath, filename: electronPath, loaded: true, exports: fake.electron };
  delete cache[bundlePath];
  try {
    require(bundlePath);
  } finally {
    delete cache[electronPath];
    delete cache[bundlePath];
  }
}

/** Lets the bundle's `app.whenReady().then(...)` run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}
