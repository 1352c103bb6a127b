import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { buildApi, CHANNELS, EVENTS } from '../../shared/ipc/channels';
import type { Core } from '../core';
import { createDispatcher, originPolicy, type Logger } from '../ipc/dispatch';
import { createHandlers, type ShellPorts } from '../ipc/handlers';
import { rendererFileResponse } from '../rendererFiles';

/**
 * The renderer outside Electron: the built files served on loopback exactly as the app://
 * handler serves them (CSP included), and a page whose `window.commonGround` is the
 * preload's API, each call carried to the real dispatcher over a real core. Used by the
 * headless report and by the end-to-end tests.
 */
export interface RendererHost {
  readonly origin: string;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function hostRenderer(rendererDir: string): Promise<RendererHost> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    void rendererFileResponse(rendererDir, pathname).then(async (answer) => {
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  // Loopback only: nothing outside this computer can reach it.
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The report server did not start.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface BridgeOptions {
  readonly ports: ShellPorts;
  readonly hash?: string;
  readonly viewport?: { width: number; height: number };
  readonly locale?: string;
  readonly logger?: Logger;
  /** Opens the page as the projector of a workshop, as the shell opens the presenter window. */
  readonly projectorFor?: string;
}

/** Per core: the bridged pages by window key, so that pushed views reach the right page. */
const bridgedPages = new WeakMap<Core, Map<number, Page>>();
let nextWindowKey = 1000;

function pagesOf(core: Core): Map<number, Page> {
  let pages = bridgedPages.get(core);
  if (!pages) {
    const known = new Map<number, Page>();
    core.live.connect((key, view) => {
      const page = known.get(key);
      if (!page || page.isClosed()) return;
      // As Electron's webContents.send: delivered in order, and lost with a page that is gone.
      void page.evaluate(`window.__cgEmit("live.view", ${JSON.stringify(view)})`).catch(() => {});
    });
    bridgedPages.set(core, known);
    pages = known;
  }
  return pages;
}

export async function openBridgedPage(
  browser: Browser,
  host: RendererHost,
  core: Core,
  options: BridgeOptions,
): Promise<Page> {
  const dispatch = createDispatcher(
    createHandlers(core, { version: 'headless' }, options.ports),
    originPolicy([host.origin]),
    core.live,
    options.logger,
  );
  const key = nextWindowKey++;
  const page = await browser.newPage({
    viewport: options.viewport ?? { width: 1280, height: 820 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const pages = pagesOf(core);
  pages.set(key, page);
  page.on('close', () => {
    pages.delete(key);
    core.live.forget(key);
  });
  if (options.projectorFor !== undefined) core.live.seatRoom(key, options.projectorFor);
  await page.exposeBinding('__cgInvoke', ({ frame }, channel: string, input: unknown) =>
    dispatch(channel, { senderFrame: { url: frame.url(), parent: frame.parentFrame() }, sender: { id: key } }, input),
  );
  await page.addInitScript({
    content: `
      const listeners = new Map();
      window.__cgEmit = (event, payload) => { for (const listener of listeners.get(event) ?? []) listener(payload); };
      window.commonGround = (${buildApi.toString()})(
        ${JSON.stringify(CHANNELS)},
        (c, i) => window.__cgInvoke(c, i),
        ${JSON.stringify(EVENTS)},
        (event, listener) => {
          const set = listeners.get(event) ?? new Set();
          listeners.set(event, set);
          set.add(listener);
          return () => set.delete(listener);
        },
      );`,
  });
  await page.goto(`${host.origin}/index.html${options.hash ?? ''}`);
  return page;
}
