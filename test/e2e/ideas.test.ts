import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { describeViolations, seriousViolations } from '../support/axe';
import { openApp, openCore, screenshot, useChromium } from '../support/e2e';
import { recordedWindows } from '../support/ipc';
import { ROOM, templateRoom } from '../support/room';
import { tempDir } from '../support/temp';

const PIN = '2468';

/** What each person writes in the collect round; Marc's second idea is Omar's first, in other letters. */
const WRITES: Record<string, string[]> = {
  'Ines Duarte': ['We carry the pager at night', 'Security is a feature, not a delay'],
  'Omar Haddad': ['We are on call at night', 'Budgets are set in October'],
  'Marc Lefèvre': ['Campaign dates are set by the market', 'we are on call  at night'],
  'Amy Chen': ['Brand is not decoration', 'We need answers in days, not weeks'],
};

const ON_CALL = 'We are on call at night';
const CAMPAIGNS = 'Campaign dates are set by the market';
const BUDGETS = 'Budgets are fixed in October, before campaigns are planned';

/** What each person backs in the vote round. */
const BACKS: Record<string, string[]> = {
  'Ines Duarte': [ON_CALL, CAMPAIGNS],
  'Omar Haddad': [ON_CALL, BUDGETS],
  'Marc Lefèvre': [ON_CALL, CAMPAIGNS, 'Brand is not decoration'],
  'Amy Chen': [CAMPAIGNS, 'We need answers in days, not weeks', ON_CALL],
};

const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

describe('ideas in Chromium: collect at the shared screen, curate in the console, vote, reveal', () => {
  const chrome = useChromium();
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let errors: string[];
  const pages: Page[] = [];

  async function open(options: Parameters<typeof openApp>[3] = {}) {
    const page = await openApp(chrome.browser, chrome.origin, core, { windows: recordedWindows(), ...options });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    pages.push(page);
    return page;
  }

  async function shoot(page: Page, name: string, viewports = VIEWPORTS.slice(0, 2)) {
    for (const viewport of viewports) {
      await page.setViewportSize(viewport);
      await screenshot(page, `ideas-${name}-${viewport.width}`);
    }
  }

  /** axe-core (WCAG 2.1 AA) on the page as it is now: no critical or serious violation. */
  async function accessible(page: Page, what: string) {
    const violations = await seriousViolations(page);
    expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
  }

  const visible = (page: Page, text: string | RegExp) =>
    expect
      .poll(() => page.getByText(text).first().isVisible(), {
        timeout: 20_000,
        message: `${String(text)} is not visible`,
      })
      .toBe(true);

  beforeEach(() => {
    ({ dir, cleanup } = tempDir('cg-ideas-'));
    core = openCore(dir);
    errors = [];
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
    core.close();
    cleanup();
  });

  it('collects ideas privately, merges and rewords them, votes, and reveals the bridges both sides backed', async () => {
    const workshop = templateRoom(core);
    const ideas = core.workshops.detail(workshop.id).activities.find((a) => a.kind === 'ideas')!;
    expect(ideas.title).toBe('What the other side does not understand about us');
    core.voting.setCurrentActivity(workshop.id, ideas.id);

    const facilitator = await open({ viewport: { width: 1366, height: 768 } });
    await facilitator.getByRole('button', { name: /One roadmap for 2027/ }).click();
    await facilitator.getByRole('button', { name: /Run workshop|Back to the room/ }).click();
    await facilitator.getByRole('button', { name: /Collect ideas/ }).click();
    await visible(facilitator, '0 of 4 have written');
    const projector = await open({
      hash: `#/presenter/${workshop.id}`,
      projectorFor: workshop.id,
      viewport: { width: 1920, height: 1080 },
    });
    await visible(projector, '0 of 4 have written their ideas');

    // The shared screen, handed to the room: each person writes their ideas in empty fields.
    const ballot = await open();
    await ballot.getByRole('button', { name: /Ballot for the room/ }).click();
    await ballot.getByLabel('Your PIN').fill(PIN);
    await ballot.getByRole('button', { name: 'Start the ballot' }).click();
    let first = true;
    for (const person of ROOM) {
      await ballot.getByRole('button', { name: new RegExp(`^${person.name}`) }).click();
      await visible(ballot, `${person.name}, your answers are private`);
      const fields = ballot.getByRole('textbox', { name: /^Idea \d$/ });
      expect(await fields.count()).toBe(3);
      for (let i = 0; i < 3; i++) expect(await fields.nth(i).inputValue()).toBe('');
      if (first) {
        // Two fields saying the same thing are refused before anything is sent.
        await fields.nth(0).fill('Security is a feature');
        await fields.nth(1).fill('security is a  FEATURE');
        await ballot.getByRole('button', { name: 'Confirm my ideas' }).click();
        await visible(ballot, 'Ideas 1 and 2 say the same thing; keep one of them.');
        await fields.nth(1).fill('');
      }
      const writes = WRITES[person.name]!;
      for (const [i, text] of writes.entries()) await fields.nth(i).fill(text);
      if (first) {
        await shoot(ballot, 'collect-ballot', VIEWPORTS);
        await accessible(ballot, 'the collect ballot');
        await ballot.setViewportSize(VIEWPORTS[1]!);
        first = false;
      }
      await ballot.getByRole('button', { name: 'Confirm my ideas' }).click();
      await visible(ballot, 'Thank you. Your answers are saved.');
      await ballot.getByRole('button', { name: 'Next person' }).click();
    }

    // The projector counts, and shows no idea; the console lists them without names.
    await visible(projector, '4 of 4 have written their ideas');
    const onProjector = await projector.locator('body').innerText();
    for (const text of Object.values(WRITES).flat()) expect(onProjector).not.toContain(text);
    const list = facilitator.locator('.ideas-list');
    await expect.poll(() => list.locator('li').count()).toBe(7);
    const listed = await list.innerText();
    for (const person of ROOM) expect(listed).not.toContain(person.name);
    expect(listed).toContain(ON_CALL);

    // Close; merge the two night-duty ideas and reword one; a refused edit changes nothing.
    await facilitator.keyboard.press('c');
    await visible(facilitator, 'Round 1 (collect round) is closed.');
    await visible(projector, 'The ideas are being gathered for the vote.');
    await facilitator.getByRole('button', { name: 'Merge “We carry the pager at night” into another idea' }).click();
    await facilitator.getByLabel('Merge into').selectOption({ label: ON_CALL });
    await facilitator.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => list.locator('li').count()).toBe(6);
    await facilitator.getByRole('button', { name: 'Edit “Budgets are set in October”' }).click();
    const wording = facilitator.getByLabel('New wording');
    await wording.fill('   ');
    await facilitator.getByRole('button', { name: 'Save' }).click();
    await visible(facilitator, 'The idea needs letters or digits, not only spaces or invisible characters.');
    await wording.fill(BUDGETS);
    await facilitator.getByRole('button', { name: 'Save' }).click();
    await visible(facilitator, BUDGETS);
    await shoot(facilitator, 'console-curating');
    await accessible(facilitator, 'the console while curating');
    expect(core.queries.activities.get(ideas.id)!.items.map((item) => item.label)).toEqual([
      'Brand is not decoration',
      BUDGETS,
      CAMPAIGNS,
      'Security is a feature, not a delay',
      ON_CALL,
      'We need answers in days, not weeks',
    ]);
    // Merging an idea into itself is refused by the core, whatever the page sends.
    const itself = await facilitator.evaluate(`(async () => {
      const api = window.commonGround;
      const id = ${JSON.stringify(core.queries.activities.get(ideas.id)!.items[0]!.id)};
      return api.live.mergeIdeas({ fromId: id, intoId: id });
    })()`);
    expect(itself).toMatchObject({
      ok: false,
      error: { message: 'An idea cannot be merged into itself: choose another idea.' },
    });

    // The vote round: each person backs up to three ideas.
    await facilitator.getByRole('button', { name: /Vote on ideas/ }).click();
    await visible(facilitator, '0 of 4 have voted');
    first = true;
    for (const person of ROOM) {
      await ballot.getByRole('button', { name: new RegExp(`^${person.name}`) }).click();
      await visible(ballot, `${person.name}, your answers are private`);
      for (const idea of BACKS[person.name]!) await ballot.getByRole('checkbox', { name: idea }).click();
      if (first) {
        // A fourth pick is refused on the screen, with why; the keyboard checks and unchecks.
        const brand = ballot.getByRole('checkbox', { name: 'Brand is not decoration' });
        const security = ballot.getByRole('checkbox', { name: 'Security is a feature, not a delay' });
        await brand.press('Space');
        await visible(ballot, '3 of 3 picked');
        await security.click();
        await visible(ballot, 'uncheck one to pick another');
        expect(await security.getAttribute('aria-checked')).toBe('false');
        await brand.press('Space');
        await visible(ballot, '2 of 3 picked');
        await shoot(ballot, 'vote-ballot', VIEWPORTS);
        await accessible(ballot, 'the vote ballot');
        await ballot.setViewportSize(VIEWPORTS[1]!);
        first = false;
      }
      await ballot.getByRole('button', { name: 'Confirm my answers' }).click();
      await visible(ballot, 'Thank you. Your answers are saved.');
      await ballot.getByRole('button', { name: 'Next person' }).click();
    }
    await visible(facilitator, '4 of 4 have voted');

    // Close and reveal: the results show each side's backing and the bridges.
    await facilitator.keyboard.press('c');
    await visible(facilitator, 'Round 2 is closed.');
    await facilitator.keyboard.press('r');
    await expect
      .poll(() => facilitator.getByRole('heading', { name: 'Bridges: ideas both sides backed' }).isVisible(), {
        timeout: 20_000,
      })
      .toBe(true);
    const bridges = facilitator.locator('.ideas-bridges tbody tr');
    await expect.poll(() => bridges.allInnerTexts()).toEqual([`${ON_CALL}\t100%\t100%`, `${CAMPAIGNS}\t50%\t100%`]);
    await facilitator.locator('.chart-ideas').getByRole('button', { name: 'Show as table' }).click();
    const table = facilitator.locator('.chart-ideas table');
    await expect
      .poll(() => table.locator('tbody tr').first().innerText())
      .toMatch(new RegExp(`^${ON_CALL}\\s+100%\\s+100%\\s+0 pp.*IT and Marketing\\s+yes`));
    await facilitator.locator('.chart-ideas').getByRole('button', { name: 'Hide table' }).click();
    await shoot(facilitator, 'results');
    await expect
      .poll(() => projector.getByRole('heading', { name: 'Which ideas each side backed' }).isVisible())
      .toBe(true);
    await shoot(projector, 'projector');
    await facilitator.keyboard.press('PageDown');
    await expect
      .poll(() => projector.getByRole('heading', { name: 'Which ideas each side backed' }).isVisible())
      .toBe(true);
    await facilitator.keyboard.press('PageDown');
    await expect
      .poll(() => projector.getByRole('heading', { name: 'Bridges: ideas both sides backed' }).isVisible())
      .toBe(true);
    await shoot(projector, 'projector-bridges');
    await accessible(projector, 'the projector showing the bridges');
    await accessible(facilitator, 'the console after the reveal');
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
