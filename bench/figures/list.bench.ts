/**
 * list: a data file holding 2,000 workshops (each from the built-in template, with 12
 * people), opened and listed by the core; and the workshops screen showing them in
 * Chromium, from the Workshops tab clicked until the list's first frame has been drawn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { createCore } from '../../src/main/core';
import type { Figure } from '../support/figures';
import { startApp } from '../support/app';
import { figure, measureGroup, median, percentile, runs, sampleTimes } from '../support/measure';

const WORKSHOPS = 2_000;
const STATUSES = ['draft', 'live', 'closed', 'archived'] as const;

function fillWorkshops(file: string): void {
  const core = createCore(file);
  try {
    core.db.transaction(() => {
      for (let i = 0; i < WORKSHOPS; i++) {
        const month = String((i % 12) + 1).padStart(2, '0');
        const day = String((i % 28) + 1).padStart(2, '0');
        const workshop = core.templates.createWorkshop('cio-cmo-alignment', {
          title: `Alignment day ${i + 1}`,
          organization: `Client ${(i * 7919) % 613}`,
          date: `${2020 + (i % 7)}-${month}-${day}`,
          facilitator: `Facilitator ${i % 17}`,
        });
        core.participants.add(
          workshop.id,
          Array.from({ length: 12 }, (_, p) => ({
            name: `Person ${p + 1}`,
            side: p % 2 ? 'marketing' : 'it',
            title: null,
          })),
        );
        const status = STATUSES[i % STATUSES.length]!;
        if (status === 'archived') core.workshops.setArchived(workshop.id, true);
        else if (status !== 'draft') core.queries.workshops.setStatus(workshop.id, status, new Date().toISOString());
      }
    })();
  } finally {
    core.close();
  }
}

it('list', async () => {
  await measureGroup('list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-bench-list-'));
    const file = join(dir, 'common-ground.sqlite');
    try {
      fillWorkshops(file);
      const coreRuns = runs(30, 2);
      const coreWarmUp = runs(3, 1);
      let listed = 0;
      const coreTimes = await sampleTimes(coreWarmUp, coreRuns, () => {
        const start = performance.now();
        const core = createCore(file);
        listed = core.workshops.list().length;
        const elapsed = performance.now() - start;
        core.close();
        return elapsed;
      });

      const screenRuns = runs(15, 2);
      const screenWarmUp = runs(2, 1);
      const app = await startApp(undefined, file);
      let rows = 0;
      let screenTimes: number[];
      try {
        const page = await app.open('');
        await page.getByRole('list', { name: 'Workshops' }).waitFor();
        screenTimes = await sampleTimes(screenWarmUp, screenRuns, async () => {
          const result = await page.evaluate(async () => {
            const nav = (name: string) =>
              [...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Main"] button')].find(
                (b) => b.textContent?.trim() === name,
              )!;
            const list = () => document.querySelector('ul[aria-label="Workshops"]');
            const until = (done: () => boolean) =>
              new Promise<void>((resolve) => {
                if (done()) return resolve();
                const observer = new MutationObserver(() => {
                  if (done()) {
                    observer.disconnect();
                    resolve();
                  }
                });
                observer.observe(document.body, { subtree: true, childList: true });
              });
            nav('Templates').click();
            await until(() => list() === null);
            await new Promise((resolve) => setTimeout(resolve, 50));
            const start = performance.now();
            nav('Workshops').click();
            await until(() => list()?.querySelector('li') != null);
            // The frame that draws the list: a timer set in its animation frame runs after it is painted.
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            return { elapsed: performance.now() - start, rows: list()!.querySelectorAll('li').length };
          });
          rows = result.rows;
          return result.elapsed;
        });
      } finally {
        await app.close();
      }

      const figures: Figure[] = [
        figure('list', {
          name: 'list.core',
          value: median(coreTimes),
          unit: 'ms',
          budget: { max: 50 },
          how: `Open a data file of ${WORKSHOPS.toLocaleString('en')} workshops (12 people and 11 activities each) and list them (${listed} not archived), in Node.`,
          median: median(coreTimes),
          p95: percentile(coreTimes, 95),
          runs: coreRuns,
          warmUp: coreWarmUp,
        }),
        figure('list', {
          name: 'list.screen',
          value: median(screenTimes),
          unit: 'ms',
          budget: { max: 300 },
          how:
            `The workshops screen in Chromium over the same file: from the Workshops tab clicked (from Templates) ` +
            `until the frame that draws the list (${rows} rows in the page) has been painted.`,
          median: median(screenTimes),
          p95: percentile(screenTimes, 95),
          runs: screenRuns,
          warmUp: screenWarmUp,
          detail: { rowsInPage: rows },
        }),
      ];
      return figures;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
