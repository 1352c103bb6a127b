import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../src/main/headless/rendererHost';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}
