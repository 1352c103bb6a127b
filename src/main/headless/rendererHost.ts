import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { buildApi, CHANNELS } from '../../shared/ipc/channels';
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
    options.logger,
  );
  const page = await browser.newPage({
    viewport: options.viewport ?? { width: 1280, height: 820 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  await page.exposeBinding('__cgInvoke', ({ frame }, channel: string, input: unknown) =>
    dispatch(channel, { senderFrame: { url: frame.url(), parent: frame.parentFrame() } }, input),
  );
  await page.addInitScript({
    content: `window.commonGround = (${buildApi.toString()})(${JSON.stringify(CHANNELS)}, (c, i) => window.__cgInvoke(c, i));`,
  });
  await page.goto(`${host.origin}/index.html${options.hash ?? ''}`);
  return page;
}
