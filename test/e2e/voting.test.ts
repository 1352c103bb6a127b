import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { recordedWindows } from '../support/ipc';
import { openApp, openCore, screenshot, useChromium } from '../support/e2e';
import { ROOM, templateRoom } from '../support/room';
import { tempDir } from '../support/temp';

describe('live voting in Chromium', () => {
  const chrome = useChromium();
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let page: Page;
  let workshopId: string;
  let errors: string[];
  const windows = recordedWindows();

  async function open(hash = '', projectorFor?: string) {
    const opened = await openApp(chrome.browser, chrome.origin, core, {
      windows,
      hash,
      ...(projectorFor ? { projectorFor, viewport: { width: 1920, height: 1080 } } : {}),
    });
    opened.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    opened.on('pageerror', (e) => errors.push(e.message));
    return opened;
  }

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir('cg-e2e-'));
    core = openCore(dir);
    errors = [];
    const workshop = templateRoom(core);
    workshopId = workshop.id;
    page = await open();
  });
  afterEach(async () => {
    await page.close();
    core.close();
    cleanup();
  });

  const visible = (locator: Locator) =>
    expect.poll(() => locator.isVisible(), { timeout: 20_000, message: `${locator} is not visible` }).toBe(true);
  const activityId = (kind: string) => core.workshops.detail(workshopId).activities.find((a) => a.kind === kind)!.id;

  async function toConsole() {
    await page.getByRole('button', { name: /One roadmap for 2027/ }).click();
    await page.getByRole('button', { name: 'Run workshop' }).click();
    await visible(page.getByRole('heading', { name: /One roadmap for 2027/ }));
  }

  async function choose(title: string) {
    await page
      .getByRole('navigation', { name: 'Agenda' })
      .getByRole('button', { name: new RegExp(title) })
      .click();
    await visible(page.getByRole('heading', { level: 2, name: title, exact: true }));
  }

  async function ballotFor(name: string, answer: () => Promise<void>) {
    await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await visible(page.getByText(`${name}, your answers are private`));
    await visible(page.getByRole('button', { name: 'Confirm my answers' }));
    await answer();
    await page.getByRole('button', { name: 'Confirm my answers' }).click();
    try {
      await visible(page.getByRole('heading', { name: 'Thank you. Your answers are saved.' }));
    } catch (error) {
      await screenshot(page, `failed-ballot-${name}`);
      throw error;
    }
    // Nothing of the answers stays on the screen.
    expect(await page.locator('.ballot-form').count()).toBe(0);
    await page.getByRole('button', { name: 'Next person' }).click();
    await visible(page.getByRole('heading', { name: 'Who is voting?' }));
  }

  async function ownership(pick: 'IT-led' | 'Marketing-led') {
    const grid = page.locator('.ownership-grid');
    await visible(grid);
    const rows = grid.locator('tbody tr');
    const count = await rows.count();
    expect(count).toBe(7);
    const column = pick === 'IT-led' ? 0 : 1;
    for (let i = 0; i < count; i++) await rows.nth(i).locator('input[type=radio]').nth(column).check();
  }

  const PIN = '2468';

  /** The facilitator hands the screen to the room behind a PIN. */
  async function handOver() {
    await page.keyboard.press('b');
    const dialog = page.getByRole('dialog', { name: 'Hand the screen to the room' });
    await dialog.getByLabel('Your PIN').fill(PIN);
    await dialog.getByRole('button', { name: 'Start the ballot' }).click();
    await visible(page.getByRole('button', { name: 'Facilitator' }));
  }

  async function backToConsole() {
    await page.getByRole('button', { name: 'Facilitator' }).click();
    const dialog = page.getByRole('dialog', { name: 'Back to the facilitator console' });
    await dialog.getByLabel('Facilitator’s PIN').fill(PIN);
    await dialog.getByRole('button', { name: 'Open the console' }).click();
    await visible(page.getByRole('button', { name: /Ballot for the room/ }));
  }

  it('runs a round on the shared screen: private ballots, progress, reveal, re-vote, and a reload that loses nothing', async () => {
    await toConsole();
    await choose('Who should drive investment');
    await page.keyboard.press('o');
    await visible(page.getByText('0 of 4 have voted'));
    await screenshot(page, '40-console-open');

    await handOver();
    await visible(page.getByRole('heading', { name: 'Who is voting?' }));
    await screenshot(page, '41-ballot-who');
    await ballotFor('Ines Duarte', async () => {
      await ownership('IT-led');
      await screenshot(page, '41-ballot-ownership');
    });
    await ballotFor('Marc Lefèvre', () => ownership('Marketing-led'));
    const ownershipRound = core.live.snapshot(workshopId, 'facilitator').openRound!;
    expect(core.live.snapshot(workshopId, 'facilitator').progress?.voted.map((v) => v.name)).toEqual([
      'Ines Duarte',
      'Marc Lefèvre',
    ]);

    // The app is reloaded in the middle of the open round: nothing is lost, and the screen
    // comes back as the room's ballot, not the console.
    await page.reload();
    await visible(page.getByText('2 of 4 have voted'));
    await visible(page.getByRole('heading', { name: 'Who is voting?' }));
    expect(core.queries.votes.listByRound(ownershipRound.id)).toHaveLength(14);
    await visible(page.getByText('voted ✓').first());
    await ballotFor('Omar Haddad', () => ownership('IT-led'));
    await ballotFor('Amy Chen', () => ownership('Marketing-led'));

    await backToConsole();
    await visible(page.getByText('4 of 4 have voted'));
    expect(await page.locator('.revealed').count()).toBe(0);
    await page.keyboard.press('c');
    await visible(page.getByText('Round 1 is closed.'));
    expect(await page.locator('.revealed').count()).toBe(0); // hidden until the reveal
    await page.keyboard.press('r');
    await visible(page.getByRole('heading', { name: /Results of round 1/ }));
    const bigData = page.locator('.results-table tr', { hasText: 'Big Data' });
    expect(await bigData.locator('.it-col').textContent()).toBe('100% IT-led');
    expect(await bigData.locator('.mkt-col').textContent()).toBe('100% Marketing-led');
    expect(await bigData.locator('.gap-col').textContent()).toBe('100% apart');
    await screenshot(page, '42-console-revealed');

    // The presenter follows the facilitator.
    await page.keyboard.press('p');
    await expect.poll(() => windows.presenters).toContain(workshopId);
    const presenter = await open(`#/presenter/${workshopId}`, workshopId);
    await visible(presenter.getByRole('heading', { name: 'Who should drive investment' }));
    await visible(presenter.getByRole('heading', { name: 'Who should drive it, per side' }));
    await screenshot(presenter, '43-presenter-revealed-dark');
    await presenter.getByRole('button', { name: /light theme/ }).click();
    await screenshot(presenter, '44-presenter-revealed-light');

    // A re-vote: a new round beside the first.
    await page.keyboard.press('v');
    await visible(page.getByText('Round 2 is open.'));
    await expect.poll(async () => presenter.getByText('0 of 4 have voted').isVisible()).toBe(true);
    await screenshot(presenter, '45-presenter-voting');
    await presenter.close();
    expect(core.queries.rounds.listByActivity(activityId('ownership')).map((r) => [r.number, r.status])).toEqual([
      [1, 'revealed'],
      [2, 'open'],
    ]);

    // The facilitator enters a vote on someone's behalf; it is marked as such.
    await page.getByLabel('Enter a vote on behalf of').selectOption({ label: 'Amy Chen (Marketing)' });
    await page.getByRole('button', { name: 'Enter their vote' }).click();
    const proxy = page.getByRole('dialog', { name: 'Vote on behalf of Amy Chen' });
    await visible(proxy);
    await ownership('Marketing-led');
    await proxy.getByRole('button', { name: 'Confirm my answers' }).click();
    await visible(page.getByText('1 of 4 have voted'));
    const round2 = core.live.snapshot(workshopId, 'facilitator').openRound!;
    expect(core.queries.votes.listByRound(round2.id).every((v) => v.byFacilitator)).toBe(true);
    // The other three move towards co-leading after the discussion.
    const items = core.workshops.detail(workshopId).activities.find((a) => a.kind === 'ownership')!.items;
    for (const person of ROOM.filter((p) => p.name !== 'Amy Chen')) {
      const id = core.workshops.detail(workshopId).participants.find((p) => p.name === person.name)!.id;
      const answer = (i: number) => (i < 4 ? 'co-led' : person.side === 'it' ? 'it-led' : 'marketing-led');
      core.voting.recordBallot(
        round2.id,
        id,
        items.map((item, i) => ({ itemId: item.id, value: answer(i) })),
        false,
      );
    }
    // Written straight to the core, not through a window's call: say so, as every call does.
    core.live.flush();
    await visible(page.getByText('4 of 4 have voted'));
    await page.keyboard.press('c');
    await visible(page.getByText('Round 2 is closed.'));
    await page.keyboard.press('r');
    await visible(page.getByText('Since round 1, the gap narrowed on 4 of 7 items.'));

    // Ranking: by keyboard for IT, by the arrow buttons for Marketing.
    await choose('Why we need each other');
    await page.keyboard.press('o');
    await handOver();
    for (const person of ROOM) {
      await ballotFor(person.name, async () => {
        const first = page.locator('.rank-row').first();
        if (person.side === 'it') {
          await first.focus();
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('ArrowDown');
        } else {
          await page.locator('.rank-row').nth(3).getByRole('button', { name: 'Move up' }).click();
        }
        if (person.name === 'Ines Duarte') await screenshot(page, '46-ballot-ranking');
      });
    }
    const rankingRound = core.live.snapshot(workshopId, 'facilitator').openRound!;
    const insight = core.workshops.detail(workshopId).activities.find((a) => a.kind === 'ranking')!.items[0]!.id;
    const ranks = core.queries.votes.listByRound(rankingRound.id).filter((v) => v.itemId === insight);
    // IT moved customer insight down two places; Marketing left it on top (they moved the fourth item up).
    const nameOf = new Map(core.workshops.detail(workshopId).participants.map((p) => [p.id, p.name]));
    expect(Object.fromEntries(ranks.map((v) => [nameOf.get(v.participantId), v.value]))).toEqual({
      'Ines Duarte': 3,
      'Omar Haddad': 3,
      'Marc Lefèvre': 1,
      'Amy Chen': 1,
    });

    // Points: the ballot refuses until the points add up.
    await backToConsole();
    await page.keyboard.press('c');
    await choose('Where technology should help marketing most');
    await page.keyboard.press('o');
    await handOver();
    await page.getByRole('button', { name: /^Ines Duarte/ }).click();
    const inputs = page.locator('.points-input');
    await inputs.nth(0).fill('50');
    await inputs.nth(1).fill('40');
    await visible(page.getByText('10 points left to give'));
    await page.getByRole('button', { name: 'Confirm my answers' }).click();
    await visible(page.getByRole('alert').getByText('The points must add up to 100; these add up to 90.'));
    await screenshot(page, '47-ballot-points-refused');
    expect(core.queries.votes.listByRound(core.live.snapshot(workshopId, 'facilitator').openRound!.id)).toEqual([]);
    await inputs.nth(2).fill('10');
    await visible(page.getByText('All 100 points given'));
    await page.getByRole('button', { name: 'Confirm my answers' }).click();
    await visible(page.getByRole('heading', { name: 'Thank you. Your answers are saved.' }));
    expect(core.live.snapshot(workshopId, 'facilitator').progress?.voted.map((v) => v.name)).toEqual(['Ines Duarte']);
    await page.getByRole('button', { name: 'Next person' }).click();
    for (const person of ROOM.slice(1)) {
      await ballotFor(person.name, async () => {
        const first = person.side === 'it' ? 2 : 3; // IT favours analytics, Marketing lead generation
        await inputs.nth(0).fill('40');
        await inputs.nth(first).fill('60');
      });
    }
    await backToConsole();
    await visible(page.getByText('4 of 4 have voted'));
    await page.keyboard.press('c');
    await visible(page.getByText('Round 1 is closed.'));
    await page.keyboard.press('r');
    const leads = page.locator('.results-table tr', { hasText: 'Lead generation' });
    await visible(leads);
    expect(await leads.locator('.it-col').textContent()).toBe('0 pts');
    expect(await leads.locator('.mkt-col').textContent()).toBe('60 pts');

    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('has a ballot for every kind of activity, which fits a narrow screen', async () => {
    const kinds = [
      ['likert', 'What we already share'],
      ['scale', 'Ready for the digital future?'],
      ['prediction', 'Is our collaboration at the right level?'],
      ['choice', 'What worries us most'],
      ['ownership', 'Who should drive investment'],
      ['points', 'Where technology should help marketing most'],
      ['ranking', 'Why we need each other'],
    ] as const;
    const wide = page.viewportSize()!;
    for (const [kind, title] of kinds) {
      core.voting.openRound(activityId(kind), 5);
      await page.reload();
      await page.getByRole('button', { name: /One roadmap for 2027/ }).click();
      await page.getByRole('button', { name: /Run workshop|Back to the room/ }).click();
      await visible(page.getByRole('heading', { level: 2, name: title, exact: true }));
      await visible(page.getByRole('timer'));
      if (kind === 'likert') await screenshot(page, '48-console-countdown');
      await handOver();
      await page.getByRole('button', { name: /^Marc Lefèvre/ }).click();
      await visible(page.getByRole('heading', { name: title }));
      if (kind === 'likert') await page.getByRole('radio', { name: 'Mostly true' }).first().click();
      if (kind === 'scale') await page.getByRole('radio', { name: '7', exact: true }).first().click();
      if (kind === 'choice') await page.getByRole('radio', { name: 'Funding for digital marketing channels' }).click();
      if (kind === 'prediction') await page.locator('input[type=range]').first().fill('30');
      await screenshot(page, `49-ballot-${kind}`);
      // On a phone-sized screen nothing runs past the card, and no option's words are cut.
      await page.setViewportSize({ width: 390, height: 844 });
      const narrow = await page.evaluate(`(() => {
        const card = document.querySelector('.ballot-card').getBoundingClientRect();
        const shown = [...document.querySelectorAll('.ballot-card *')].filter((el) => el.getBoundingClientRect().width > 1);
        return {
          scrolls: document.documentElement.scrollWidth > innerWidth,
          outside: shown
            .filter((el) => { const r = el.getBoundingClientRect(); return r.left < card.left - 0.5 || r.right > card.right + 0.5; })
            .map((el) => el.tagName + ' ' + (el.textContent ?? '').slice(0, 40)),
          cut: shown
            .filter((el) => el.matches('button, label, th') && el.scrollWidth > el.clientWidth + 1)
            .map((el) => el.textContent),
        };
      })()`);
      await screenshot(page, `49-ballot-${kind}-390`);
      expect(narrow, kind).toEqual({ scrolls: false, outside: [], cut: [] });
      await page.setViewportSize(wide);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await backToConsole();
      core.voting.closeRound(core.live.snapshot(workshopId, 'facilitator').openRound!.id);
      await page.getByRole('button', { name: '← Edit the workshop' }).click();
      await page.getByRole('button', { name: '← All workshops' }).click();
    }
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
