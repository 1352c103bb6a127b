import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createCore, type Core } from '../../src/main/core';
import { CHROMIUM_ARGS, hostRenderer, openBridgedPage, type RendererHost } from '../../src/main/headless/rendererHost';
import type { FileDialogs, WindowControl } from '../../src/main/ipc/handlers';
import { recordedWindows, scriptedDialogs } from './ipc';

export const RENDERER_DIR = resolve('out/renderer');
export const SCREENSHOT_DIR = resolve('test-results/e2e');

export { CHROMIUM_ARGS };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** Serves the built renderer on loopback exactly as the app:// handler does, CSP included. */
export function serveRenderer(): Promise<RendererHost> {
  return hostRenderer(RENDERER_DIR);
}

/**
 * Opens the renderer in a page whose `window.commonGround` is the preload's API, each
 * call carried to the real main-process dispatcher over the real core. The sender
 * frame it reports is the calling frame's own URL and parent, as Electron's would be.
 */
export function openApp(
  browser: Browser,
  origin: string,
  core: Core,
  ports: {
    dialogs?: FileDialogs;
    windows?: WindowControl;
    hash?: string;
    viewport?: { width: number; height: number };
    /** Opens the page as the shell opens the projector: seated as the room of this workshop. */
    projectorFor?: string;
  } = {},
): Promise<Page> {
  return openBridgedPage(browser, { origin, close: async () => {} }, core, {
    hash: ports.hash ?? '',
    locale: 'en-GB',
    ...(ports.viewport ? { viewport: ports.viewport } : {}),
    ...(ports.projectorFor !== undefined ? { projectorFor: ports.projectorFor } : {}),
    ports: { dialogs: ports.dialogs ?? scriptedDialogs(), windows: ports.windows ?? recordedWindows() },
  });
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

/**
 * One Chromium and one renderer server for a test file, started before its tests and
 * closed after them.
 */
export function useChromium(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let host: RendererHost | undefined;
  beforeAll(async () => {
    expect(existsSync(RENDERER_DIR), 'run `npm run build` first').toBe(true);
    browser = await launchChromium();
    host = await serveRenderer();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get origin() {
      return host!.origin;
    },
  };
}
