import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createCore, type Core } from '../../src/main/core';
import { createDispatcher, originPolicy } from '../../src/main/ipc/dispatch';
import { createHandlers, type FileDialogs, type WindowControl } from '../../src/main/ipc/handlers';
import { rendererFileResponse } from '../../src/main/rendererFiles';
import { buildApi, CHANNELS } from '../../src/shared/ipc/channels';
import { recordedWindows, scriptedDialogs } from './ipc';

export const RENDERER_DIR = resolve('out/renderer');
export const SCREENSHOT_DIR = resolve('test-results/e2e');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** Serves the built renderer on loopback exactly as the app:// handler does, CSP included. */
export async function serveRenderer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    void rendererFileResponse(RENDERER_DIR, pathname).then(async (answer) => {
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Opens the renderer in a page whose `window.commonGround` is the preload's API, each
 * call carried to the real main-process dispatcher over the real core. The sender
 * frame it reports is the calling frame's own URL and parent, as Electron's would be.
 */
export async function openApp(
  browser: Browser,
  origin: string,
  core: Core,
  ports: { dialogs?: FileDialogs; windows?: WindowControl; hash?: string } = {},
): Promise<Page> {
  const dispatch = createDispatcher(
    createHandlers(
      core,
      { version: '0.1.0' },
      {
        dialogs: ports.dialogs ?? scriptedDialogs(),
        windows: ports.windows ?? recordedWindows(),
      },
    ),
    originPolicy([origin]),
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 }, locale: 'en-GB' });
  await page.exposeBinding('__cgInvoke', ({ frame }, channel: string, input: unknown) =>
    dispatch(channel, { senderFrame: { url: frame.url(), parent: frame.parentFrame() } }, input),
  );
  await page.addInitScript({
    content: `window.commonGround = (${buildApi.toString()})(${JSON.stringify(CHANNELS)}, (c, i) => window.__cgInvoke(c, i));`,
  });
  await page.goto(`${origin}/index.html${ports.hash ?? ''}`);
  return page;
}

export function openCore(dir: string): Core {
  return createCore(join(dir, 'common-ground.sqlite'));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
