import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { openApp, openCore, screenshot, useChromium } from '../support/e2e';
import { tempDir } from '../support/temp';

describe('workshop list in Chromium', () => {
  const chrome = useChromium();
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let page: Page;
  let consoleErrors: string[];

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir('cg-e2e-'));
    core = openCore(dir);
    page = await openApp(chrome.browser, chrome.origin, core);
    consoleErrors = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });
  afterEach(async () => {
    await page.close();
    core.close();
    cleanup();
  });

  it('shows the empty state, refuses a bad workshop, creates one that survives a reload and a restart', async () => {
    await expect.poll(() => page.getByRole('heading', { name: 'No workshops yet' }).isVisible()).toBe(true);
    await screenshot(page, '01-empty-state');

    await page.getByRole('button', { name: 'Create a workshop' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workshop' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');

    await dialog.getByLabel('Organization').fill('Northwind Retail');
    await dialog.getByRole('button', { name: 'Create workshop' }).click();
    await expect.poll(() => dialog.getByText('Title is required.').isVisible()).toBe(true);
    await expect.poll(() => dialog.getByText('Facilitator is required.').isVisible()).toBe(true);
    await screenshot(page, '02-invalid-input');
    expect(core.workshops.list()).toHaveLength(0);

    await dialog.getByLabel('Title').fill('IT and Marketing: one roadmap for 2027');
    await dialog.getByLabel('Date').fill('2026-12-03');
    await dialog.getByLabel('Facilitator').fill('Dana Whitfield');
    await dialog.getByRole('button', { name: 'Create workshop' }).click();

    // The new workshop opens at once, ready for its participants.
    await expect
      .poll(() => page.getByRole('heading', { name: 'IT and Marketing: one roadmap for 2027' }).isVisible())
      .toBe(true);
    expect(await dialog.count()).toBe(0);
    await page.getByRole('button', { name: '← All workshops' }).click();
    const row = page.getByRole('listitem').filter({ hasText: 'IT and Marketing: one roadmap for 2027' });
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.textContent()).toContain('Northwind Retail · facilitated by Dana Whitfield');
    expect(await row.textContent()).toContain('3 Dec 2026');
    await screenshot(page, '03-created');

    await page.reload();
    await expect.poll(() => row.isVisible()).toBe(true);

    // A restart: the core closes and a new one opens the same file.
    await page.close();
    core.close();
    core = openCore(dir);
    page = await openApp(chrome.browser, chrome.origin, core);
    const afterRestart = page.getByRole('listitem').filter({ hasText: 'IT and Marketing: one roadmap for 2027' });
    await expect.poll(() => afterRestart.isVisible()).toBe(true);
    expect(await page.getByText('Draft', { exact: true }).count()).toBe(1);
    await screenshot(page, '04-after-restart');

    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
  });

  it('closes the dialog with Escape without creating anything', async () => {
    await page.getByRole('button', { name: 'New workshop' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(core.workshops.list()).toHaveLength(0);
  });

  it('lists several workshops newest first', async () => {
    core.workshops.create({ title: 'Kick-off', organization: 'Contoso', date: '2026-01-15', facilitator: 'Ana' });
    core.workshops.create({ title: 'Follow-up', organization: 'Contoso', date: '2026-06-02', facilitator: 'Ana' });
    await page.reload();
    await expect.poll(() => page.getByRole('listitem').count()).toBe(2);
    expect(await page.locator('.workshop-title').allTextContents()).toEqual(['Follow-up', 'Kick-off']);
  });
});
