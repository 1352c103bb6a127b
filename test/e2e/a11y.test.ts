import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import type { ActivityKind } from '../../src/shared/domain';
import { BALLOT_QUESTION_ID, BALLOT_THANKS_ID } from '../../src/renderer/ballot/draft';
import { UNDO_MS } from '../../src/renderer/ui/pendingRemovals';
import { describeViolations, seriousViolations } from '../support/axe';
import { openApp, openCore, screenshot, SCREENSHOT_DIR, useChromium } from '../support/e2e';
import { ROOM } from '../support/room';
import { tempDir } from '../support/temp';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

describe('accessibility and keyboard use in Chromium', () => {
  const chrome = useChromium();
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let page: Page;
  let workshopId: string;
  let errors: string[];

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir('cg-a11y-'));
    core = openCore(dir);
    errors = [];
    workshopId = core.templates.createWorkshop('cio-cmo-alignment', {
      title: 'One roadmap for 2027',
      organization: 'Northwind Retail',
      date: '2026-12-03',
      facilitator: 'Dana Whitfield',
    }).id;
    core.participants.add(
      workshopId,
      ROOM.map((p) => ({ ...p, title: null })),
    );
    page = await openApp(chrome.browser, chrome.origin, core);
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterEach(async () => {
    await page.close();
    core.close();
    cleanup();
  });

  const visible = (locator: Locator) =>
    expect.poll(() => locator.isVisible(), { timeout: 20_000, message: `${locator} is not visible` }).toBe(true);

  async function expectAccessible(name: string, include?: string, on: Page = page) {
    const violations = await seriousViolations(on, include);
    expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
  }

  it('the workshop screen, its tabs, menu and dialogs have no serious violation, at both screen sizes', async () => {
    await page.getByRole('button', { name: /One roadmap for 2027/ }).click();
    await visible(page.getByRole('heading', { name: 'One roadmap for 2027' }));
    for (const tab of ['Details', 'Participants', 'Agenda', 'Results']) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click();
      await expect
        .poll(() => page.getByRole('tab', { name: new RegExp(tab) }).getAttribute('aria-selected'))
        .toBe('true');
      await expectAccessible(`${tab} tab`);
    }

    await page.getByRole('tab', { name: /Agenda/ }).click();
    await page.locator('.activity-select').first().click();
    await visible(page.getByRole('button', { name: 'Save activity' }));
    await expectAccessible('agenda editor');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await screenshot(page, `a11y-agenda-editor-${size.width}`);
    }
    await page.locator('.activity-select').nth(5).click();
    await screenshot(page, 'a11y-agenda-editor-likert-1920');

    await page.getByRole('tab', { name: /Participants/ }).click();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await screenshot(page, `a11y-workshop-${size.width}`);
    }

    // One next step; everything else in a menu that works from the keyboard.
    await expect
      .poll(() => page.locator('.workshop-actions .button.primary').allTextContents())
      .toEqual(['Run workshop']);
    const more = page.getByRole('button', { name: 'More actions', exact: true });
    await more.focus();
    await page.keyboard.press('ArrowDown');
    await visible(page.getByRole('menu'));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Save a copy as a workshop file (JSON)…');
    await expectAccessible('the More actions menu');
    await screenshot(page, 'a11y-workshop-menu-1920');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('More actions');

    await page.getByRole('button', { name: 'Paste a list…' }).click();
    const paste = page.getByRole('dialog', { name: 'Paste a list of participants' });
    await paste.getByLabel('Participants').fill('Ines Duarte, IT, CIO\nSara Kim, Other, CFO\nsara kim, other');
    await paste.getByRole('button', { name: 'Preview' }).click();
    await visible(paste.getByText('Ines Duarte (IT) is already in the workshop.'));
    await visible(paste.getByText('sara kim is already higher up in this list.'));
    await visible(paste.getByRole('button', { name: 'Add 1 person' }));
    expect(await page.evaluate(() => document.querySelector('dialog[open]')?.matches(':modal'))).toBe(true);
    await expectAccessible('paste preview with duplicates');
    await screenshot(page, 'a11y-paste-duplicates');
    await page.keyboard.press('Escape');
    await expect.poll(() => paste.count()).toBe(0);

    // A participant removed by mistake comes back with Undo; otherwise the removal is written.
    const rows = page.locator('.participants-table tbody tr');
    await page.getByRole('button', { name: 'Remove Amy Chen' }).click();
    await expect.poll(() => rows.count()).toBe(4); // three people and the new row
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows.count()).toBe(5);
    await page.getByRole('button', { name: 'Remove Omar Haddad' }).click();
    await expect
      .poll(() => core.workshops.detail(workshopId).participants.map((p) => p.name), { timeout: UNDO_MS + 10_000 })
      .toEqual(['Ines Duarte', 'Marc Lefèvre', 'Amy Chen']);

    // The audit does find what it looks for: an image without a text alternative.
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('img')));
    expect((await seriousViolations(page)).map((v) => v.id)).toContain('image-alt');
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('the workshops list, templates, trash and backups have no serious violation', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const [tab, heading] of [
      ['Workshops', /One roadmap for 2027/],
      ['Templates', /CIO–CMO alignment/],
      ['Trash', /Trash/],
      ['Backups', /Backups/],
    ] as const) {
      await nav.getByRole('button', { name: tab, exact: true }).click();
      await visible(page.getByText(heading).first());
      await expectAccessible(`the ${tab.toLowerCase()} screen`);
    }
  });

  it('the demo opens on its results, which have no serious violation', async () => {
    const empty = tempDir('cg-a11y-demo-');
    const emptyCore = openCore(empty.dir);
    const demo = await openApp(chrome.browser, chrome.origin, emptyCore);
    try {
      await demo.setViewportSize(SIZES[1]);
      await demo.getByRole('button', { name: 'Explore a finished demo workshop' }).click();
      await expect
        .poll(() => demo.getByRole('tab', { name: 'Results' }).getAttribute('aria-selected'), { timeout: 20_000 })
        .toBe('true');
      await visible(demo.locator('.results-view .chart').first());
      await expectAccessible('demo results', undefined, demo);
      await screenshot(demo, 'a11y-demo-results-1920');
    } finally {
      await demo.close();
      emptyCore.close();
      empty.cleanup();
    }
  });

  it('agreements are captured with a date in the app’s format, edited, and removed with an undo', async () => {
    await page.getByRole('button', { name: /One roadmap for 2027/ }).click();
    await page.getByRole('button', { name: 'Run workshop' }).click();
    await visible(page.getByRole('heading', { name: 'Agreements and actions' }));
    const panel = page.locator('.agreements-panel');
    await panel.getByLabel('What was agreed').fill('One shared data model');
    await panel.getByLabel('IT owner').fill('Ines Duarte');
    await panel.getByLabel('Due date').fill('31 feb 2027');
    await panel.getByRole('button', { name: 'Capture' }).click();
    await visible(panel.getByText('Write the date as 31 Jan 2027, or leave it empty.'));
    await panel.getByLabel('Due date').fill('31 jan 2027');
    await panel.getByRole('button', { name: 'Capture' }).click();
    await visible(panel.getByText('IT: Ines Duarte · by 31 Jan 2027'));
    const [stored] = core.queries.actionItems.listByWorkshop(workshopId);
    expect(stored).toMatchObject({ text: 'One shared data model', ownerIt: 'Ines Duarte', dueDate: '2027-01-31' });
    await expectAccessible('agreements panel', '.agreements-panel');
    await expectAccessible('notes panel', '.notes-panel');

    await panel.getByRole('button', { name: 'Edit “One shared data model”' }).click();
    expect(await panel.getByLabel('Due date').inputValue()).toBe('31 Jan 2027');
    await panel.getByLabel('What was agreed').fill('One shared data model by Q2');
    await panel.getByLabel('Marketing owner').fill('Amy Chen');
    await screenshot(page, 'a11y-agreement-editing');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await visible(panel.getByText('One shared data model by Q2'));
    expect(core.queries.actionItems.listByWorkshop(workshopId)).toMatchObject([
      { id: stored!.id, text: 'One shared data model by Q2', ownerMarketing: 'Amy Chen', dueDate: '2027-01-31' },
    ]);

    await panel.getByRole('button', { name: 'Remove “One shared data model by Q2”' }).click();
    await expect.poll(() => panel.getByText('One shared data model by Q2').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await visible(panel.getByText('One shared data model by Q2'));
    // Past the undo window the agreement is still there, untouched.
    await page.waitForTimeout(UNDO_MS + 1500);
    expect(core.queries.actionItems.listByWorkshop(workshopId).map((a) => a.id)).toEqual([stored!.id]);

    await panel.getByRole('button', { name: 'Remove “One shared data model by Q2”' }).click();
    await expect
      .poll(() => core.queries.actionItems.listByWorkshop(workshopId).length, { timeout: UNDO_MS + 10_000 })
      .toBe(0);
    // A note emptied is a note deleted: it can be brought back.
    const notes = page.getByLabel('Notes on this activity');
    await notes.fill('IT ranks cost first');
    await panel.getByLabel('What was agreed').focus();
    await expect
      .poll(() => core.queries.notes.listByWorkshop(workshopId).map((n) => n.body))
      .toEqual(['IT ranks cost first']);
    await notes.fill('');
    await panel.getByLabel('What was agreed').focus();
    await visible(page.getByText('Note on “What we already share” cleared.'));
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => core.queries.notes.listByWorkshop(workshopId).map((n) => n.body))
      .toEqual(['IT ranks cost first']);
    await expect.poll(() => notes.inputValue()).toBe('IT ranks cost first');

    for (const size of SIZES) {
      await page.setViewportSize(size);
      await screenshot(page, `a11y-console-${size.width}`);
    }
    expect(errors, errors.join('\n')).toEqual([]);
  });

  const BALLOTS: readonly { kind: ActivityKind; title: string }[] = [
    { kind: 'ownership', title: 'Who should drive investment' },
    { kind: 'ranking', title: 'Why we need each other' },
    { kind: 'points', title: 'Where technology should help marketing most' },
    { kind: 'likert', title: 'What we already share' },
    { kind: 'scale', title: 'Ready for the digital future?' },
    { kind: 'choice', title: 'What worries us most' },
    { kind: 'prediction', title: 'Is our collaboration at the right level?' },
    { kind: 'matrix', title: 'Where each area stands' },
  ];

  async function toBallot() {
    await page.getByRole('button', { name: /One roadmap for 2027/ }).click();
    await page.getByRole('button', { name: /Run workshop|Back to the room/ }).click();
    await visible(page.getByRole('heading', { name: /One roadmap for 2027/ }));
    await page.keyboard.press('b');
    const handOver = page.getByRole('dialog', { name: 'Hand the screen to the room' });
    await handOver.getByLabel('Your PIN').fill('2468');
    await handOver.getByRole('button', { name: 'Start the ballot' }).click();
    await visible(page.getByRole('heading', { name: 'Who is voting?' }));
  }

  /**
   * Answers the open ballot with the keyboard alone: Tab from control to control, and on
   * each the key a person would use there. Answers the number of keys pressed.
   */
  async function answerByKeyboard(voter: string): Promise<number> {
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          tag: el?.tagName.toLowerCase() ?? '',
          role: el?.getAttribute('role') ?? '',
          type: el?.getAttribute('type') ?? '',
          id: el?.id ?? '',
          text: el?.textContent?.trim() ?? '',
          checked: el?.getAttribute('aria-checked') ?? String((el as HTMLInputElement | null)?.checked ?? ''),
        };
      });

    for (let guard = 0; guard < 40; guard++) {
      await press('Tab');
      if ((await focused()).text.startsWith(voter)) break;
    }
    expect((await focused()).text.startsWith(voter), `Tab reaches ${voter}`).toBe(true);
    await press('Enter');
    await visible(page.getByRole('button', { name: 'Confirm my answers' }));
    // The question takes the focus: reading starts there, and the next Tab is its first answer.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(BALLOT_QUESTION_ID);

    let pointsGiven = false;
    for (let guard = 0; guard < 200; guard++) {
      await press('Tab');
      const el = await focused();
      if (el.text === 'Confirm my answers') {
        await press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(BALLOT_THANKS_ID);
        return presses;
      }
      if (el.role === 'radio' && el.checked !== 'true') await press('ArrowRight');
      else if (el.role === 'checkbox' && el.checked !== 'true') await press('Space');
      else if (el.type === 'radio' && el.checked !== 'true') await press('Space');
      else if (el.type === 'range') await press('ArrowRight');
      else if (el.role === 'slider') await press('ArrowRight');
      else if (el.id.startsWith('points-') && !pointsGiven) {
        pointsGiven = true;
        for (const digit of '100') await press(digit);
      }
    }
    throw new Error('The confirm button was never reached with Tab.');
  }

  for (const { kind, title } of BALLOTS) {
    it(`the ${kind} ballot has no serious violation and is answered with the keyboard alone`, async () => {
      const activity = core.workshops.detail(workshopId).activities.find((a) => a.kind === kind)!;
      expect(activity.title).toBe(title);
      const round = core.voting.openRound(activity.id, null);
      await toBallot();
      await expectAccessible(`${kind}: who is voting`);

      await page.getByRole('button', { name: /^Amy Chen/ }).click();
      await visible(page.getByRole('button', { name: 'Confirm my answers' }));
      await expectAccessible(`${kind}: the ballot`);
      if (kind !== 'ranking') {
        // An empty ballot names what is missing, in words (a ranking is never empty: it starts in order).
        await page.getByRole('button', { name: 'Confirm my answers' }).click();
        await visible(page.getByRole('alert'));
        expect(await page.getByRole('alert').textContent()).not.toMatch(/[{}]/);
        await expectAccessible(`${kind}: the ballot with its message`);
      }
      await page.getByRole('button', { name: 'Cancel' }).click();
      await visible(page.getByRole('heading', { name: 'Who is voting?' }));

      const presses = await answerByKeyboard('Marc Lefèvre');
      await visible(page.getByRole('heading', { name: 'Thank you. Your answers are saved.' }));
      await expectAccessible(`${kind}: thank you`);
      const marc = core.workshops.detail(workshopId).participants.find((p) => p.name === 'Marc Lefèvre')!;
      const stored = core.queries.votes.listByRound(round.id).filter((v) => v.participantId === marc.id);
      expect(stored).toHaveLength(activity.items.length);
      // Each item costs a Tab and a key or two, never a Tab per option.
      expect(presses).toBeLessThanOrEqual(4 * activity.items.length + 12);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      appendFileSync(
        join(SCREENSHOT_DIR, 'keyboard-presses.txt'),
        `${kind}\t${activity.items.length} items\t${presses} key presses\n`,
      );
      expect(errors, errors.join('\n')).toEqual([]);
    });
  }
});
