import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { openApp, openCore, useChromium } from '../support/e2e';
import { tempDir } from '../support/temp';

/** The renderer's Content Security Policy, enforced by real Chromium on the page as the app serves it. */
describe('the Content Security Policy in Chromium', () => {
  const chrome = useChromium();
  let cleanup: () => void;
  let core: Core;
  let page: Page;

  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir('cg-e2e-csp-'));
    core = openCore(dir);
    page = await openApp(chrome.browser, chrome.origin, core);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  });
  afterEach(async () => {
    await page.close();
    core.close();
    cleanup();
  });

  it('refuses inline scripts, foreign scripts and connections to anywhere else', async () => {
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.body.append(inline);
      const foreign = document.createElement('script');
      foreign.src = 'https://example.com/x.js';
      document.body.append(foreign);
      let fetched = true;
      try {
        await fetch('https://example.com/');
      } catch {
        fetched = false;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      return {
        inlineRan: '__inlineRan' in window,
        fetched,
        violations: [...new Set(violations)].sort(),
      };
    });
    expect(outcome).toEqual({
      inlineRan: false,
      fetched: false,
      violations: ['connect-src', 'script-src-elem'],
    });
  });
});
