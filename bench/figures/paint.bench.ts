/**
 * paint: the renderer's first contentful paint, cold — each run a new Chromium (nothing
 * cached, nothing compiled) opening the built app over an empty data file, as on first start.
 */
import type { Page } from 'playwright-core';
import { it } from 'vitest';
import { startApp } from '../support/app';
import { launchChromium } from '../support/chromium';
import { figure, measureGroup, median, percentile, runs, sampleTimes } from '../support/measure';

const RUNS = runs(9, 1);

async function firstPaint(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    null,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}
const WARM_UP = runs(1, 0);

it('paint', async () => {
  await measureGroup('paint', async () => {
    const control: number[] = [];
    const times = await sampleTimes(WARM_UP, RUNS, async () => {
      // The control: a newly started Chromium painting one line of text, to show what the machine alone costs.
      const browser = await launchChromium();
      try {
        const blank = await browser.newPage();
        await blank.goto('data:text/html,<p>Common Ground</p>');
        control.push(await firstPaint(blank));
      } finally {
        await browser.close();
      }
      const app = await startApp();
      try {
        return await firstPaint(await app.open(''));
      } finally {
        await app.close();
      }
    });
    const value = median(times);
    const controlMedian = median(control.slice(WARM_UP));
    return [
      figure('paint', {
        name: 'paint',
        value,
        unit: 'ms',
        budget: { max: 300 },
        how: 'First contentful paint of the built app over an empty data file, each run in a newly started Chromium (Paint Timing API).',
        median: median(times),
        p95: percentile(times, 95),
        runs: RUNS,
        warmUp: WARM_UP,
        detail: { controlMedian },
        ...(value > 300
          ? {
              note:
                `A newly started Chromium on this machine takes ${Math.round(controlMedian)} ms (median) to paint one ` +
                `line of text from a data: URL; the app's first paint comes ${Math.round(value - controlMedian)} ms after that.`,
            }
          : {}),
      }),
    ];
  });
});
