import { createDispatcher, originPolicy, type IpcEventLike } from '../../src/main/ipc/dispatch';
import { createHandlers, type FileDialogs, type WindowControl } from '../../src/main/ipc/handlers';
import type { Core } from '../../src/main/core';

export const APP_URL = 'app://common-ground/index.html';

/** An IPC event as Electron would deliver it from the app's main frame (or from elsewhere). */
export function eventFrom(url: string | null, options: { subframe?: boolean; window?: number } = {}): IpcEventLike {
  return {
    senderFrame: url === null ? null : { url, parent: options.subframe ? {} : null },
    sender: { id: options.window ?? 1 },
  };
}

/**
 * Stands in for the native file dialogs (the one Electron API these handlers need):
 * answers the next path queued, or "cancelled" when none is.
 */
export function scriptedDialogs(): FileDialogs & { savePaths: (string | null)[]; openPaths: (string | null)[] } {
  const savePaths: (string | null)[] = [];
  const openPaths: (string | null)[] = [];
  return {
    savePaths,
    openPaths,
    chooseSavePath: async () => savePaths.shift() ?? null,
    chooseOpenPath: async () => openPaths.shift() ?? null,
  };
}

/** Records the windows the handlers ask the shell to open. */
export function recordedWindows(): WindowControl & { presenters: string[]; printed: string[]; opened: string[] } {
  const presenters: string[] = [];
  const printed: string[] = [];
  const opened: string[] = [];
  return {
    presenters,
    printed,
    opened,
    openPresenter: (id) => void presenters.push(id),
    // Printing needs Electron's own window; here it answers a minimal PDF and records the call.
    printReport: async (id, title, { paper }) => {
      printed.push(`${id}:${title}:${paper}`);
      return new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    },
    openFile: (path) => void opened.push(path),
  };
}

export function dispatcherFor(
  core: Core,
  origins: readonly string[] = ['app://common-ground'],
  dialogs: FileDialogs = scriptedDialogs(),
  windows: WindowControl = recordedWindows(),
) {
  const quiet = { error: () => {} };
  return createDispatcher(
    createHandlers(core, { version: '0.1.0-test' }, { dialogs, windows }),
    originPolicy(origins),
    core.live,
    quiet,
  );
}
