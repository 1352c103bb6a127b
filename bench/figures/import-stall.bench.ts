/**
 * import-stall: the longest time the main process's event loop is held up while the app
 * imports the largest workshop file allowed, through the same handler the Import… button
 * calls, wired to the built import worker as the app is. A 1 ms timer probe records the
 * longest gap between its ticks; perf_hooks.monitorEventLoopDelay confirms it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { it } from 'vitest';
import { createCore } from '../../src/main/core';
import { workshopFileImporter } from '../../src/main/core/importInWorker';
import { createHandlers } from '../../src/main/ipc/handlers';
import { WORKSHOP_FILE_LIMITS } from '../../src/shared/workshopFile';
import { recordedWindows, scriptedDialogs } from '../../test/support/ipc';
import { largeWorkshopFileText } from '../support/largestFile';
import { figure, measureGroup, median, runs, sampleTimes } from '../support/measure';

const RUNS = runs(5, 1);
const WARM_UP = runs(1, 0);
// The smoke run imports a small file: it checks the bench works, not how long the import stalls.
const BYTES = runs(WORKSHOP_FILE_LIMITS.bytes, 1024 * 1024);
const WORKER = resolve(__dirname, '../../out/main/importWorker.js');

it('import-stall', async () => {
  await measureGroup('import-stall', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-bench-import-'));
    const core = createCore(join(dir, 'common-ground.sqlite'));
    try {
      const path = join(dir, 'largest.json');
      const text = largeWorkshopFileText(BYTES);
      writeFileSync(path, text);
      const dialogs = scriptedDialogs();
      // Wired as the app's main process wires it: the built worker beside the main bundle.
      const handlers = createHandlers(
        core,
        { version: 'bench' },
        { dialogs, windows: recordedWindows(), importWorkshopFile: workshopFileImporter(core, WORKER) },
      );
      const totals: number[] = [];
      let imported = '';
      const histogramMax: number[] = [];
      /** The longest gap between ticks of a 1 ms timer while `work` runs. */
      async function longestGap(work: () => Promise<void>): Promise<{ gap: number; histogramMax: number }> {
        const histogram = monitorEventLoopDelay({ resolution: 1 });
        let last = performance.now();
        let longest = 0;
        const probe = setInterval(() => {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
        }, 1);
        histogram.enable();
        try {
          await work();
        } finally {
          histogram.disable();
          clearInterval(probe);
        }
        return { gap: longest, histogramMax: histogram.max / 1e6 };
      }
      const stalls = await sampleTimes(WARM_UP, RUNS, async () => {
        dialogs.openPaths.push(path);
        const start = performance.now();
        const { gap, histogramMax: max } = await longestGap(async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          const result = await handlers['workshops.importFile'](null, { window: 1 });
          if (result.cancelled) throw new Error('The import was cancelled.');
          imported = result.workshopId;
          await new Promise((resolve) => setTimeout(resolve, 5));
        });
        totals.push(performance.now() - start);
        histogramMax.push(max);
        return gap;
      });
      // The same probe with nothing to do, for as long as an import takes: what the machine alone costs.
      const idle = await longestGap(() => new Promise((resolve) => setTimeout(resolve, median(totals))));
      const value = median(stalls);
      const votes = core.workshops
        .detail(imported)
        .activities.reduce((sum, activity) => sum + core.queries.votes.countByActivity(activity.id), 0);
      if (votes === 0) throw new Error('The imported workshop holds no votes.');
      return [
        figure('import-stall', {
          name: 'import-stall',
          value,
          unit: 'ms',
          budget: { max: 100 },
          how:
            `Import of a ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB workshop file (the limit is ` +
            `${WORKSHOP_FILE_LIMITS.bytes / 1024 / 1024} MB) through the app's import handler and its worker: the longest gap between ` +
            'ticks of a 1 ms timer on the same event loop, median of the runs.',
          median: value,
          runs: RUNS,
          warmUp: WARM_UP,
          detail: {
            fileMB: Buffer.byteLength(text) / 1024 / 1024,
            importMs: median(totals),
            eventLoopDelayMaxMs: median(histogramMax),
            idleLongestGapMs: idle.gap,
          },
          ...(value > 100
            ? {
                note:
                  `The file is read, checked and written by the worker; the main thread only waits for its answer. ` +
                  `With nothing to do at all, the same probe’s longest gap was ${Math.round(idle.gap)} ms in this run: ` +
                  'the main thread also waits for one of the two cores while the worker and the other processes on the ' +
                  'machine hold them.',
              }
            : {}),
        }),
      ];
    } finally {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
