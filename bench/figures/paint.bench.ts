/**
 * paint: the renderer's first contentful paint, cold — each run a new Chromium (nothing
 * cached, nothing compiled) opening the built app over an empty data file, as on first start.
 */
import { it } from 'vitest';
import { startApp } from '../support/app';
import { figure, measureGroup, median, percentile, runs, sampleTimes } from '../support/measure';

const RUNS = runs(9, 1);
const WARM_UP = runs(1, 0);

it('paint', async () => {
  await measureGroup('paint', async () => {
    const times = await sampleTimes(WARM_UP, RUNS, async () => {
      const app = await startApp();
      try {
        const page = await app.open('');
        const handle = await page.waitForFunction(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          null,
          { timeout: 30_000 },
        );
        return (await handle.jsonValue()) as number;
      } finally {
        await app.close();
      }
    });
    return [
      figure('paint', {
        name: 'paint',
        value: median(times),
        unit: 'ms',
        budget: { max: 300 },
        how: 'First contentful paint of the built app over an empty data file, each run in a newly started Chromium (Paint Timing API).',
        median: median(times),
        p95: percentile(times, 95),
        runs: RUNS,
        warmUp: WARM_UP,
      }),
    ];
  });
});
