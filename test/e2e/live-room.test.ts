import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { describeViolations, seriousViolations } from '../support/axe';
import { openApp, openCore, screenshot, SCREENSHOT_DIR, useChromium } from '../support/e2e';
import { recordedWindows } from '../support/ipc';
import { ROOM } from '../support/room';
import { tempDir } from '../support/temp';

const PIN = '2468';

describe('the live room in Chromium: console, ballot and projector on one core', () => {
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

  /** What a facilitator sees on a laptop and on a large screen. */
  async function shootBoth(page: Page, name: string) {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(viewport);
      await screenshot(page, `${name}-${viewport.width}`);
    }
  }

  /** axe-core (WCAG 2.1 AA) on the page as it is now: no critical or serious violation. */
  async function accessible(page: Page, what: string) {
    const violations = await seriousViolations(page);
    expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
  }

  const visible = (page: Page, text: string | RegExp) =>
    expect
      .poll(() => page.getByText(text).first().isVisible(), { timeout: 20_000, message: `${text} is not visible` })
      .toBe(true);

  beforeEach(() => {
    ({ dir, cleanup } = tempDir('cg-live-'));
    core = openCore(dir);
    errors = [];
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
    core.close();
    cleanup();
  });

  it('pushes a ballot to the console and the projector, keeps every answer private, and locks the ballot', async () => {
    const workshop = core.templates.createWorkshop('cio-cmo-alignment', {
      title: 'One roadmap for 2027',
      organization: 'Northwind Retail',
      date: '2026-12-03',
      facilitator: 'Dana Whitfield',
    });
    core.participants.add(
      workshop.id,
      ROOM.map((p) => ({ ...p, title: null })),
    );
    const ownership = core.workshops.detail(workshop.id).activities.find((a) => a.kind === 'ownership')!;
    core.voting.openRound(ownership.id, null);

    // The facilitator's console and the projector, their clocks stopped: no timer can fire
    // there, so whatever they show next was pushed to them.
    const facilitator = await open({ hash: '' });
    await facilitator.getByRole('button', { name: /One roadmap for 2027/ }).click();
    await facilitator.getByRole('button', { name: /Run workshop|Back to the room/ }).click();
    await visible(facilitator, '0 of 4 have voted');
    await shootBoth(facilitator, '53-console-open');
    await accessible(facilitator, 'the console with a round open');
    await facilitator.clock.install();
    await facilitator.clock.pauseAt(Date.now() + 60_000);
    const projector = await open({
      hash: `#/presenter/${workshop.id}`,
      projectorFor: workshop.id,
      viewport: { width: 1920, height: 1080 },
    });
    await visible(projector, '0 of 4 have voted');
    await accessible(projector, 'the projector while voting');
    await projector.clock.install();
    await projector.clock.pauseAt(Date.now() + 60_000);

    // The shared screen, handed to the room behind the facilitator's PIN.
    // (The app reopens on the live workshop's console, where the facilitator left it.)
    const ballot = await open();
    await ballot.getByRole('button', { name: /Ballot for the room/ }).click();
    await ballot.getByLabel('Your PIN').fill(PIN);
    await shootBoth(ballot, '54-hand-over');
    await accessible(ballot, 'the hand-over dialog');
    await ballot.getByRole('button', { name: 'Start the ballot' }).click();
    await visible(ballot, 'Who is voting?');
    await shootBoth(ballot, '55-ballot-who');

    // Ines votes at the shared screen; the console and the projector show it, pushed.
    await ballot.getByRole('button', { name: /^Ines Duarte/ }).click();
    const rows = ballot.locator('.ownership-grid tbody tr');
    for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).locator('input[type=radio]').nth(1).check();
    await ballot.getByRole('button', { name: 'Confirm my answers' }).click();
    await visible(ballot, 'Thank you. Your answers are saved.');
    await visible(facilitator, '1 of 4 have voted');
    await shootBoth(facilitator, '56-console-one-voted');
    await visible(projector, '1 of 4 have voted');
    await screenshot(projector, '50-projector-counting');

    // The next person cannot see or change Ines's answers.
    await ballot.getByRole('button', { name: 'Next person' }).click();
    await ballot.getByRole('button', { name: /^Ines Duarte/ }).click();
    const askFacilitator = ballot.getByRole('dialog', { name: 'Ines Duarte has voted' });
    await expect.poll(() => askFacilitator.isVisible()).toBe(true);
    await askFacilitator.getByLabel('Facilitator’s PIN').fill('1111');
    await askFacilitator.getByRole('button', { name: 'Vote again' }).click();
    await visible(ballot, 'That is not the facilitator’s PIN.');
    await screenshot(ballot, '51-ballot-voted-needs-facilitator');
    await accessible(ballot, 'the PIN asked for someone who has voted');
    await askFacilitator.getByRole('button', { name: 'Cancel' }).click();
    expect(await ballot.locator('.ballot-form').count()).toBe(0);
    // Nor through the API itself: the core refuses, whatever the page sends.
    const sneaky = (await ballot.evaluate(`(async () => {
      const api = window.commonGround;
      const view = await api.live.watch({ workshopId: ${JSON.stringify(workshop.id)} });
      return {
        view,
        list: await api.workshops.list(),
        results: await api.results.get({ id: ${JSON.stringify(workshop.id)} }),
        overwrite: await api.live.recordBallot({
          roundId: view.value.round.id,
          participantId: view.value.voted[0],
          entries: view.value.activity.items.map((item) => ({ itemId: item.id, value: 'it-led' })),
          byFacilitator: false,
        }),
      };
    })()`)) as Record<string, { ok: boolean; error?: { code: string; message: string } }>;
    // The ballot's view: who has voted, never an answer.
    const seen = JSON.stringify((sneaky['view'] as unknown as { value: unknown }).value);
    expect(seen).toContain('"voted":[');
    expect(seen).not.toMatch(/"(value|votes|entries|byFacilitator|revealed)"/);
    expect(sneaky['list']).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(sneaky['results']).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(sneaky['overwrite']).toMatchObject({ ok: false, error: { message: /already voted/ } });
    const round = core.voting.openRoundOf(workshop.id)!;
    expect(core.queries.votes.listByRound(round.id).map((v) => v.value)).toEqual(Array(7).fill('marketing-led'));

    // With the facilitator's PIN, Ines answers again, from an empty ballot.
    await ballot.getByRole('button', { name: /^Ines Duarte/ }).click();
    await askFacilitator.getByLabel('Facilitator’s PIN').fill(PIN);
    await askFacilitator.getByRole('button', { name: 'Vote again' }).click();
    await visible(ballot, 'Ines Duarte, your answers are private');
    expect(await ballot.locator('.ownership-grid input[type=radio]:checked').count()).toBe(0);
    await ballot.getByRole('button', { name: 'Cancel' }).click();

    // Leaving the ballot needs the facilitator.
    await ballot.getByRole('button', { name: 'Facilitator' }).click();
    const leave = ballot.getByRole('dialog', { name: 'Back to the facilitator console' });
    await leave.getByLabel('Facilitator’s PIN').fill('0000');
    await leave.getByRole('button', { name: 'Open the console' }).click();
    await visible(ballot, 'That is not the facilitator’s PIN.');
    await leave.getByRole('button', { name: 'Cancel' }).click();
    await visible(ballot, 'Who is voting?');
    await ballot.getByRole('button', { name: 'Facilitator' }).click();
    await leave.getByLabel('Facilitator’s PIN').fill(PIN);
    await leave.getByRole('button', { name: 'Open the console' }).click();
    await expect.poll(() => ballot.getByRole('button', { name: /Ballot for the room/ }).isVisible()).toBe(true);

    // Close and reveal from the console: the projector shows the chart, pushed.
    await facilitator.keyboard.press('c');
    await visible(facilitator, 'Round 1 is closed.');
    await visible(projector, 'Voting is closed. The results are coming.');
    await facilitator.keyboard.press('r');
    await expect
      .poll(() => projector.getByRole('heading', { name: 'Who should drive it, per side' }).isVisible())
      .toBe(true);
    await shootBoth(facilitator, '57-console-revealed');
    // The clocks run again for the audit, which waits on timers of its own.
    await facilitator.clock.resume();
    await projector.clock.resume();
    await accessible(facilitator, 'the console after the reveal');
    await accessible(projector, 'the projector showing the results');
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('fits every revealed chart of the built-in template on the projector, at 1920×1080 and 1280×720', async () => {
    const demo = core.transfer.createDemo({ participants: 12, seed: 7 });
    const activities = core.workshops.detail(demo.id).activities;
    const projector = await open({
      hash: `#/presenter/${demo.id}`,
      projectorFor: demo.id,
      viewport: { width: 1920, height: 1080 },
    });
    // Measured at rest: the charts' entrance animation is not part of the layout.
    await projector.emulateMedia({ reducedMotion: 'reduce' });
    const FACILITATOR = 1;
    const smallest: Record<string, number> = {};

    for (const activity of activities) {
      core.voting.setCurrentActivity(demo.id, activity.id);
      core.live.flush();
      const revealed = core.live.snapshot(demo.id, 'room').revealed;
      if (!revealed) continue;
      await expect
        .poll(() => projector.getByRole('heading', { level: 1, name: activity.title }).isVisible(), {
          timeout: 20_000,
        })
        .toBe(true);
      const pages = Number(await projector.locator('.presenter-charts').getAttribute('data-pages'));
      expect(pages, activity.title).toBeGreaterThan(0);
      for (let page = 0; page < pages; page++) {
        core.live.setPage(FACILITATOR, demo.id, page);
        await expect.poll(() => projector.locator('.presenter-charts').getAttribute('data-page')).toBe(String(page));
        for (const viewport of [
          { width: 1920, height: 1080 },
          { width: 1280, height: 720 },
        ]) {
          await projector.setViewportSize(viewport);
          await expect.poll(() => projector.locator('.presenter-charts').isVisible()).toBe(true);
          const fit = (await projector.evaluate(`(() => {
            const inside = (r) => r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
            const shown = [...document.querySelectorAll('.presenter-charts .chart-svg, .presenter-charts table')];
            const texts = [...document.querySelectorAll('.presenter-charts svg text')].map((t) => {
              const ctm = t.getScreenCTM();
              return parseFloat(getComputedStyle(t).fontSize) * (ctm ? ctm.a : 1);
            });
            // A word of a chart outside its drawing runs off the card, or is cut when the chart is saved as an image.
            const outside = [...document.querySelectorAll('.presenter-charts svg text')].filter((t) => {
              const r = t.getBoundingClientRect();
              const box = t.ownerSVGElement.getBoundingClientRect();
              return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
            });
            return {
              outside: outside.map((t) => t.textContent),
              scrolls: document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth,
              shown: shown.length,
              allInside: shown.every((el) => inside(el.getBoundingClientRect())),
              smallestText: texts.length ? Math.min(...texts) : null,
            };
          })()`)) as {
            outside: string[];
            scrolls: boolean;
            shown: number;
            allInside: boolean;
            smallestText: number | null;
          };
          const where = `${activity.title}, page ${page + 1}, ${viewport.width}×${viewport.height}`;
          expect(fit.shown, where).toBeGreaterThan(0);
          expect(fit.scrolls, where).toBe(false);
          expect(fit.allInside, where).toBe(true);
          expect(fit.outside, where).toEqual([]);
          if (viewport.width === 1920 && fit.smallestText !== null) smallest[where] = fit.smallestText;
          await screenshot(
            projector,
            `52-projector-${activity.position + 1}-${activity.kind}-p${page + 1}-${viewport.width}`,
          );
        }
        await projector.setViewportSize({ width: 1920, height: 1080 });
      }
    }
    expect(Object.keys(smallest).length).toBeGreaterThan(5);
    // Kept beside the screenshots: the smallest chart text on each page at 1920×1080, in px.
    writeFileSync(join(SCREENSHOT_DIR, 'projector-text-sizes.json'), JSON.stringify(smallest, null, 2));
    // Readable from the back: items are split over pages so that text stays large; a
    // chart drawn whole (an order of eight items) is the one that runs smallest.
    for (const [where, px] of Object.entries(smallest)) expect(px, where).toBeGreaterThanOrEqual(19);
    const large = Object.values(smallest).filter((px) => px >= 24).length;
    expect(large / Object.keys(smallest).length).toBeGreaterThanOrEqual(0.85);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
