import { createDispatcher, originPolicy, type IpcEventLike } from '../../src/main/ipc/dispatch';
import { createHandlers } from '../../src/main/ipc/handlers';
import type { Core } from '../../src/main/core';

export const APP_URL = 'app://common-ground/index.html';

/** An IPC event as Electron would deliver it from the app's main frame (or from elsewhere). */
export function eventFrom(url: string | null, options: { subframe?: boolean } = {}): IpcEventLike {
  return { senderFrame: url === null ? null : { url, parent: options.subframe ? {} : null } };
}

export function dispatcherFor(core: Core, origins: readonly string[] = ['app://common-ground']) {
  const quiet = { error: () => {} };
  return createDispatcher(createHandlers(core, { version: '0.1.0-test' }), originPolicy(origins), quiet);
}
