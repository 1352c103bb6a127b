import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { openApp, openCore, screenshot, useChromium } from '../support/e2e';
import { tempDir } from '../support/temp';

describe('workshop designer in Chromium', () => {
  const chrome = useChromium();
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let page: Page;
  let consoleErrors: string[];

  async function open() {
    page = await openApp(chrome.browser, chrome.origin, core);
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  }

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir('cg-e2e-'));
    core = openCore(dir);
    consoleErrors = [];
    await open();
  });
  afterEach(async () => {
    await page.close();
    core.close();
    cleanup();
  });

  const visible = (locator: ReturnType<Page['locator']>) => expect.poll(() => locator.isVisible()).toBe(true);
  async function more(action: string) {
    await page.getByRole('button', { name: 'More actions', exact: true }).click();
    await page.getByRole('menuitem', { name: action, exact: true }).click();
  }

  it('creates a workshop from the template, adds people by paste, edits and reorders, and keeps it all', async () => {
    await page.getByRole('button', { name: 'Create a workshop' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workshop' });
    await dialog.getByLabel('Title').fill('One roadmap for 2027');
    await dialog.getByLabel('Organization').fill('Northwind Retail');
    await dialog.getByLabel('Facilitator').fill('Dana Whitfield');
    await expect.poll(() => dialog.getByLabel('Start from').inputValue()).toBe('cio-cmo-alignment');
    await screenshot(page, '10-new-from-template');
    await dialog.getByRole('button', { name: 'Create workshop' }).click();

    // Participants: paste a list, see the preview first.
    await visible(page.getByRole('heading', { name: 'One roadmap for 2027' }));
    await visible(page.getByText('No one is on the IT side yet'));
    await page.getByRole('button', { name: 'Paste a list…' }).click();
    const paste = page.getByRole('dialog', { name: 'Paste a list of participants' });
    await paste
      .getByLabel('Participants')
      .fill(
        'Ines Duarte, IT, CIO\nOmar Haddad, IT, Head of Platforms\nLena Vogt, it, Enterprise Architect\n' +
          'Marc Lefèvre, Marketing, CMO\nAmy Chen, Marketing, Head of Digital\nPriya Nair, mkt, Marketing Ops\n' +
          'Sara Kim, Other, CFO\nJoe Bloggs, Finance',
      );
    await paste.getByRole('button', { name: 'Preview' }).click();
    await visible(paste.getByText('Line 8 (“Joe Bloggs, Finance”)'));
    await screenshot(page, '11-paste-preview');
    expect(core.workshops.list()[0]!.participantCount).toBe(0); // nothing added before confirming
    await paste.getByRole('button', { name: 'Add 7 people' }).click();
    await visible(page.locator('.participants-table').getByRole('cell', { name: 'Priya Nair', exact: true }));
    expect(await page.getByText('No one is on the IT side yet').count()).toBe(0);
    await screenshot(page, '12-participants');

    // Agenda: the template's activities, edit an item, reorder an activity with the keyboard.
    await page.getByRole('tab', { name: /Agenda/ }).click();
    const activities = page.getByRole('list', { name: /Activities/ }).getByRole('listitem');
    await expect.poll(() => activities.count()).toBe(13);
    const firstTitle = await activities.nth(0).locator('.activity-title').textContent();
    const secondTitle = await activities.nth(1).locator('.activity-title').textContent();
    await activities.nth(1).locator('.activity-select').click();
    await visible(page.getByRole('region', { name: `Edit “${secondTitle}”` }));
    await screenshot(page, '13-agenda');

    const item = page.getByRole('button', { name: /^1\. Big Data and Segment Analysis/ });
    await item.click();
    const itemDialog = page.getByRole('dialog', { name: 'Edit item' });
    await itemDialog.getByLabel('Label').fill('Big data and customer segments');
    await itemDialog.getByLabel('Year').fill('19');
    await itemDialog.getByRole('button', { name: 'Save item' }).click();
    await visible(itemDialog.getByText('Enter a year from 1990 on.'));
    await screenshot(page, '14-item-invalid');
    await itemDialog.getByLabel('Year').fill('2013');
    await itemDialog.getByRole('button', { name: 'Save item' }).click();
    await visible(page.getByRole('button', { name: /^1\. Big data and customer segments/ }));

    await page.locator('.activity-select').nth(1).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => activities.nth(0).locator('.activity-title').textContent()).toBe(secondTitle);
    expect(await activities.nth(1).locator('.activity-title').textContent()).toBe(firstTitle);

    // Invalid settings get a message at the field and nothing is saved.
    await page.getByLabel('Planned minutes').fill('500');
    await page.getByRole('button', { name: 'Save activity' }).click();
    await visible(page.getByText('Plan 1 to 240 minutes.'));
    await screenshot(page, '15-activity-invalid');
    await page.getByLabel('Planned minutes').fill('35');
    await page.getByRole('button', { name: 'Save activity' }).click();
    await visible(page.getByText('Activity saved.'));

    // Reload: the app reopens the same workshop, with everything in place.
    await page.reload();
    await visible(page.getByRole('heading', { name: 'One roadmap for 2027' }));
    await page.getByRole('tab', { name: /Participants/ }).click();
    await expect.poll(() => page.locator('.participants-table tbody tr').count()).toBe(8); // 7 + the new row
    await page.getByRole('tab', { name: /Agenda/ }).click();
    await expect.poll(() => activities.nth(0).locator('.activity-title').textContent()).toBe(secondTitle);
    await activities.nth(0).locator('.activity-select').click();
    await visible(page.getByRole('button', { name: /^1\. Big data and customer segments/ }));
    expect(await page.getByLabel('Planned minutes').inputValue()).toBe('35');

    const stored = core.workshops.detail(core.workshops.list()[0]!.id);
    expect(stored.participants.map((p) => p.side)).toEqual([
      'it',
      'it',
      'it',
      'marketing',
      'marketing',
      'marketing',
      'other',
    ]);
    expect(stored.activities[0]!.items[0]!.label).toBe('Big data and customer segments');
    expect(stored.activities[0]!.minutes).toBe(35);
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
  });

  it('edits the details, duplicates, archives, and deletes to the trash with a way back', async () => {
    const created = core.workshops.create({
      title: 'Kick-off',
      organization: 'Contoso',
      date: '2026-01-15',
      facilitator: 'Ana',
    });
    await page.reload();
    await page.getByRole('button', { name: /Kick-off/ }).click();
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByLabel('Title').fill('Kick-off with the board');
    await page.getByLabel('Language of the room').selectOption('de');
    await page.getByLabel('Anonymous voting').uncheck();
    await screenshot(page, '16-details');
    await page.getByRole('button', { name: 'Save details' }).click();
    await visible(page.getByRole('heading', { name: 'Kick-off with the board' }));
    expect(core.workshops.requireWorkshop(created.id)).toMatchObject({ language: 'de', anonymous: false });

    await more('Duplicate');
    await visible(page.getByRole('heading', { name: 'Kick-off with the board (copy)' }));
    await more('Archive');
    await visible(page.getByText('Archived', { exact: true }));

    await more('Move to trash…');
    await page.getByRole('dialog', { name: 'Move to trash?' }).getByRole('button', { name: 'Move to trash' }).click();
    await visible(page.getByRole('heading', { name: 'Workshops', exact: true }));
    await visible(page.getByText('was moved to the trash.'));
    await screenshot(page, '17-moved-to-trash');
    expect(core.workshops.list().map((w) => w.title)).toEqual(['Kick-off with the board']);

    await page.getByRole('navigation').getByRole('button', { name: 'Trash' }).click();
    await visible(page.getByRole('list', { name: 'Deleted workshops' }).getByText('Kick-off with the board (copy)'));
    await screenshot(page, '18-trash');
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => core.workshops.listTrash().length).toBe(0);
    expect(core.workshops.list()).toHaveLength(2);

    await page.getByRole('navigation').getByRole('button', { name: 'Workshops' }).click();
    await page.getByLabel('Show').selectOption('archived');
    await visible(page.getByRole('button', { name: /Kick-off with the board \(copy\)/ }));
    await page.getByPlaceholder('Search by title, organization or facilitator').fill('zzz');
    await visible(page.getByText('No workshop matches.'));
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
  });

  it('shows the templates and saves a workshop’s agenda as a new one', async () => {
    const created = core.templates.createWorkshop('cio-cmo-alignment', {
      title: 'Board offsite',
      organization: 'Acme',
      date: '2026-12-01',
      facilitator: 'Ana',
    });
    await page.reload();
    await page.getByRole('button', { name: /Board offsite/ }).click();
    await more('Save the agenda as a template…');
    const dialog = page.getByRole('dialog', { name: 'Save as template' });
    await dialog.getByLabel('Template name').fill('Acme offsite');
    await dialog.getByRole('button', { name: 'Save template' }).click();
    await visible(page.getByText('Saved as the template “Acme offsite”.'));

    await page.getByRole('navigation').getByRole('button', { name: 'Templates' }).click();
    await visible(page.getByRole('heading', { name: /Acme offsite/ }));
    await page.getByRole('button', { name: 'Show the agenda' }).first().click();
    await visible(page.getByText('What we already share'));
    await screenshot(page, '19-templates');
    expect(core.templates.list().map((t) => [t.name, t.builtIn])).toEqual([
      ['CIO–CMO alignment', true],
      ['Acme offsite', false],
    ]);
    expect(created.title).toBe('Board offsite');
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
  });
});
