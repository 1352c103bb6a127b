import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { openApp, openCore, screenshot, useChromium } from '../support/e2e';
import { tempDir } from '../support/temp';

describe('backups in Chromium', () => {
  const chrome = useChromium();
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let page: Page;
  let consoleErrors: string[];

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir('cg-e2e-'));
    core = openCore(dir);
  });
  afterEach(async () => {
    await page?.close();
    await core.backups.settled();
    core.close();
    cleanup();
  });

  async function open(): Promise<void> {
    page = await openApp(chrome.browser, chrome.origin, core);
    consoleErrors = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  }

  const titles = () => core.workshops.list().map((w) => w.title);

  it('lists the backups, backs up now, and restores one only after confirmation; the workshops come back as they were', async () => {
    const roadmap = { organization: 'Northwind Retail', date: '2026-12-03', facilitator: 'Dana Whitfield' };
    core.workshops.create({ title: 'IT and Marketing: one roadmap for 2027', ...roadmap });
    const kickOff = core.workshops.create({ title: 'Kick-off', ...roadmap, date: '2026-09-14' });
    const earlier = await core.backups.create();

    // After the backup: one workshop goes to the trash, another is added.
    core.workshops.trash(kickOff.id);
    core.workshops.create({ title: 'Added after the backup', ...roadmap, date: '2027-01-20' });

    await open();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Backups', level: 1 }).isVisible()).toBe(true);
    const rows = page.getByRole('list', { name: 'Backups' }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('2 workshops');
    expect(await rows.first().textContent()).toContain('Newest: Kick-off');
    expect(await page.getByText(join(dir, 'backups')).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => page.getByText('Backed up: 2 workshops.').isVisible()).toBe(true);
    expect(await rows.first().textContent()).toContain('Newest: Added after the backup');
    expect(await rows.first().textContent()).toContain('Latest');
    await screenshot(page, '6x-backups-list');

    // Restore… asks first; cancelling changes nothing.
    const restoreEarlier = rows.nth(1).getByRole('button', { name: /^Restore the backup of/ });
    await restoreEarlier.click();
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(titles()).toEqual(['Added after the backup', 'IT and Marketing: one roadmap for 2027']);
    expect(core.backups.list()).toHaveLength(2);

    await restoreEarlier.click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const explanation = await dialog.textContent();
    expect(explanation).toContain('2 workshops, the newest “Kick-off”');
    expect(explanation).toContain('The current state is backed up first');
    await screenshot(page, '6x-backups-confirm');
    await dialog.getByRole('button', { name: 'Restore backup' }).click();

    // The app reloads on the restored data and says what happened.
    await expect.poll(() => page.getByText(/^Restored the backup of .* kept as the backup of/).isVisible()).toBe(true);
    const list = page.locator('.workshop-title');
    await expect.poll(() => list.allTextContents()).toEqual(['IT and Marketing: one roadmap for 2027', 'Kick-off']);
    await screenshot(page, '6x-backups-restored');
    expect(titles()).toEqual(['IT and Marketing: one roadmap for 2027', 'Kick-off']);

    // The state before the restore is now a backup of its own, listed first.
    const backups = core.backups.list();
    expect(backups).toHaveLength(3);
    expect(backups[0]?.summary?.newestWorkshopTitle).toBe('Added after the backup');
    expect(backups.map((b) => b.name)).toContain(earlier.name);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups' }).click();
    await expect.poll(() => rows.count()).toBe(3);

    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
  });

  it('says so when there are no backups yet, holds back one from a newer version, and shows a refused restore', async () => {
    await open();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups' }).click();
    await expect.poll(() => page.getByText(/^No backups yet\./).isVisible()).toBe(true);

    core.workshops.create({ title: 'Kick-off', organization: 'Contoso', date: '2026-09-14', facilitator: 'Ana' });
    const vanishing = await core.backups.create();
    const newer = await core.backups.create();
    const raw = new Database(join(core.backups.dir, newer.name));
    raw.pragma('user_version = 99');
    raw.close();
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups' }).click();
    const rows = page.getByRole('list', { name: 'Backups' }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain('Made by a newer version of Common Ground (schema 99)');
    expect(
      await rows
        .first()
        .getByRole('button', { name: /^Restore the backup of/ })
        .isDisabled(),
    ).toBe(true);
    await screenshot(page, '6x-backups-newer-version');

    // A backup that left the folder after the list was shown.
    rmSync(join(core.backups.dir, vanishing.name));
    await rows
      .nth(1)
      .getByRole('button', { name: /^Restore the backup of/ })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restore backup' }).click();
    await expect
      .poll(() => page.getByText('That backup is not in the list of backups. Nothing was changed.').isVisible())
      .toBe(true);
    await expect.poll(() => rows.count()).toBe(1);
    expect(titles()).toEqual(['Kick-off']);
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
  });
});
