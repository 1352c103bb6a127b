import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { recordedWindows } from '../support/ipc';
import { openApp, openCore, screenshot, useChromium } from '../support/e2e';
import { templateRoom } from '../support/room';
import { tempDir } from '../support/temp';

const TITLE = 'Where each area stands';
const AREAS = [
  'Big Data and Segment Analysis',
  'Cloud',
  'Consumerization of IT',
  'CRM and Demand Generation',
  'Customer Service Systems',
  'Mobile',
  'Social Media',
];

/** Where a screenshot is kept for looking at, besides the test run's own folder. */
const SHOTS = process.env['MATRIX_SHOTS'];

describe('a matrix round in Chromium', () => {
  const chrome = useChromium();
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let page: Page;
  let workshopId: string;
  let errors: string[];
  const windows = recordedWindows();

  async function open(
    hash = '',
    options: { projectorFor?: string; viewport?: { width: number; height: number } } = {},
  ) {
    const opened = await openApp(chrome.browser, chrome.origin, core, { windows, hash, ...options });
    opened.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    opened.on('pageerror', (e) => errors.push(e.message));
    return opened;
  }

  async function shot(target: Page, name: string) {
    const file = await screenshot(target, name);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      copyFileSync(file, join(SHOTS, `${name}.png`));
    }
  }

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir('cg-e2e-matrix-'));
    core = openCore(dir);
    errors = [];
    const workshop = templateRoom(core);
    workshopId = workshop.id;
    page = await open('', { viewport: { width: 1920, height: 1080 } });
  });
  afterEach(async () => {
    await page.close();
    core.close();
    cleanup();
  });

  const visible = (locator: Locator) =>
    expect.poll(() => locator.isVisible(), { timeout: 20_000, message: `${locator} is not visible` }).toBe(true);

  const PIN = '2468';

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

  async function startBallot(name: string) {
    await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await visible(page.getByText(`${name}, your answers are private`));
  }

  async function confirm(name: string) {
    await page.getByRole('button', { name: 'Confirm my answers' }).click();
    try {
      await visible(page.getByRole('heading', { name: 'Thank you. Your answers are saved.' }));
    } catch (error) {
      await shot(page, `matrix-failed-ballot-${name}`);
      throw error;
    }
    expect(await page.locator('.ballot-form').count()).toBe(0);
    await page.getByRole('button', { name: 'Next person' }).click();
    await visible(page.getByRole('heading', { name: 'Who is voting?' }));
  }

  const pad = (area: string) => page.getByRole('slider', { name: area, exact: true });

  /** Clicks the place (x, y) on an item's square. */
  async function placeWithMouse(area: string, x: number, y: number) {
    await pad(area).scrollIntoViewIfNeeded();
    const box = (await pad(area).locator('.matrix-pad-area').boundingBox())!;
    await page.mouse.click(box.x + (x / 10) * box.width, box.y + ((10 - y) / 10) * box.height);
    await expect.poll(() => pad(area).getAttribute('aria-valuetext')).toBe(`Importance ${x}, readiness ${y}`);
  }

  /** Moves an item's point from the middle of the square with the arrow keys. */
  async function placeWithKeyboard(area: string, x: number, y: number) {
    await pad(area).focus();
    // The first key puts the item in the middle (5, 5) and moves it one step.
    const keys: string[] = [
      ...Array.from({ length: Math.abs(x - 5) }, () => (x > 5 ? 'ArrowRight' : 'ArrowLeft')),
      ...Array.from({ length: Math.abs(y - 5) }, () => (y > 5 ? 'ArrowUp' : 'ArrowDown')),
    ];
    if (keys.length === 0) keys.push('Enter');
    for (const key of keys) await page.keyboard.press(key);
    await expect.poll(() => pad(area).getAttribute('aria-valuetext')).toBe(`Importance ${x}, readiness ${y}`);
  }

  it('runs a round: places set with the mouse and the keyboard, close, reveal, and the scatter on every screen', async () => {
    await page.getByRole('button', { name: /One roadmap for 2027/ }).click();
    await page.getByRole('button', { name: 'Run workshop' }).click();
    await page
      .getByRole('navigation', { name: 'Agenda' })
      .getByRole('button', { name: new RegExp(TITLE) })
      .click();
    await visible(page.getByRole('heading', { level: 2, name: TITLE, exact: true }));
    await page.keyboard.press('o');
    await visible(page.getByText('0 of 4 have voted'));
    await handOver();

    // IT with the mouse: important, not ready; but Cloud in the middle.
    await startBallot('Ines Duarte');
    await visible(pad('Cloud'));
    expect(await pad('Cloud').getAttribute('aria-valuetext')).toBe('not placed yet');
    // An item not yet placed is not an answer: the ballot asks for it by name.
    await placeWithMouse(AREAS[0]!, 8, 2);
    await page.getByRole('button', { name: 'Confirm my answers' }).click();
    await visible(page.getByRole('alert').getByText('Place “Cloud” on the matrix.'));
    for (const area of AREAS.slice(1)) {
      if (area === 'Cloud') await placeWithMouse(area, 5, 5);
      else await placeWithMouse(area, 8, 2);
    }
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot(page, 'matrix-ballot-1920');
    await page.setViewportSize({ width: 1366, height: 768 });
    await shot(page, 'matrix-ballot-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'matrix-ballot-390');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await confirm('Ines Duarte');

    // IT with the keyboard.
    await startBallot('Omar Haddad');
    for (const area of AREAS) await placeWithKeyboard(area, 8, 4);
    await confirm('Omar Haddad');

    // Marketing: one with the mouse, one with the keyboard.
    await startBallot('Marc Lefèvre');
    for (const area of AREAS) await placeWithMouse(area, 3, 7);
    await confirm('Marc Lefèvre');
    await startBallot('Amy Chen');
    for (const area of AREAS) await placeWithKeyboard(area, 3, 5);
    await confirm('Amy Chen');

    const activityId = core.workshops.detail(workshopId).activities.find((a) => a.kind === 'matrix')!.id;
    const [round] = core.queries.rounds.listByActivity(activityId);
    const votes = core.queries.votes.listByRound(round!.id);
    expect(votes).toHaveLength(4 * 7);
    expect(votes.filter((v) => JSON.stringify(v.value) === '{"x":8,"y":4}')).toHaveLength(7);

    await backToConsole();
    await visible(page.getByText('4 of 4 have voted'));
    await page.keyboard.press('c');
    await visible(page.getByText('Round 1 is closed.'));
    await page.keyboard.press('r');
    await visible(page.getByRole('heading', { name: /Results of round 1/ }));

    // IT at (8, 3), Marketing at (3, 6): √(5² + 3²) = √34 ≈ 5.8 apart. Cloud: IT at (6.5, 4.5), √14.5 ≈ 3.8.
    const chart = page.locator('.chart-matrix');
    await visible(chart);
    await chart.getByRole('button', { name: 'Show as table' }).click();
    const rows = chart.locator('.chart-table tbody tr');
    await expect.poll(() => rows.count()).toBe(7);
    expect(await rows.nth(0).locator('td').nth(4).textContent()).toBe('5.8');
    expect(await rows.nth(6).locator('th').textContent()).toBe('2. Cloud');
    expect(await rows.nth(6).locator('td').nth(0).textContent()).toBe('Importance 6.5, readiness 4.5 (Fix first)');
    expect(await rows.nth(6).locator('td').nth(4).textContent()).toBe('3.8');
    await chart.getByRole('button', { name: 'Hide table' }).click();
    expect(await chart.locator('.matrix-link').count()).toBe(7);
    await shot(page, 'matrix-console-results-1920');
    await page.setViewportSize({ width: 1366, height: 768 });
    await shot(page, 'matrix-console-results-1366');

    await page.keyboard.press('p');
    await expect.poll(() => windows.presenters).toContain(workshopId);
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1366, height: 768 },
    ]) {
      const projector = await open(`#/presenter/${workshopId}`, { projectorFor: workshopId, viewport });
      await visible(projector.getByRole('heading', { name: TITLE }));
      const scatter = projector.locator('.chart-matrix');
      await visible(scatter);
      expect(await scatter.locator('.matrix-link').count()).toBe(7);
      await expect.poll(() => scatter.locator('svg').textContent()).toContain('5.8');
      // The points have moved to their places before the picture is taken.
      await projector.waitForTimeout(1200);
      await shot(projector, `matrix-projector-${viewport.width}-dark`);
      await projector.getByRole('button', { name: /light theme/ }).click();
      await shot(projector, `matrix-projector-${viewport.width}-light`);
      await projector.close();
    }
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('sets the axes and the quadrants in the designer', async () => {
    await page.getByRole('button', { name: /One roadmap for 2027/ }).click();
    await page.getByRole('tab', { name: /Agenda/ }).click();
    const activities = page.getByRole('list', { name: /Activities/ }).getByRole('listitem');
    await activities.filter({ hasText: TITLE }).locator('.activity-select').click();
    await visible(page.getByRole('region', { name: `Edit “${TITLE}”` }));
    await page.getByLabel('Bottom right: low readiness, high importance').fill('Act now');
    await page.getByLabel('Vertical axis name').fill('Maturity');
    await page.getByLabel('Top left: high maturity, low importance').fill('');
    await page.getByRole('button', { name: 'Save activity' }).click();
    await visible(page.getByText('The top-left quadrant label is required.'));
    await shot(page, 'matrix-settings-refused');
    await page.getByLabel('Top left: high maturity, low importance').fill('Keep it going');
    await page.getByRole('button', { name: 'Save activity' }).click();
    await visible(page.getByText('Activity saved.'));
    const saved = core.workshops.detail(workshopId).activities.find((a) => a.kind === 'matrix')!;
    expect(saved.config).toMatchObject({
      y: { name: 'Maturity' },
      quadrants: { topLeft: 'Keep it going', bottomRight: 'Act now' },
    });
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
