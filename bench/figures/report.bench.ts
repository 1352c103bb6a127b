/**
 * report: `common-ground report` from command to PDF on disk, headless, for the 12-person
 * demo and for a 40-person one (both written by `common-ground demo`), interleaved.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { it } from 'vitest';
import { launchChromium } from '../support/chromium';
import type { Figure } from '../support/figures';
import { figure, measureGroup, median, runs } from '../support/measure';

const RUNS = runs(5, 1);
const WARM_UP = runs(1, 0);
const CLI = resolve(__dirname, '../../bin/common-ground.js');
const ROOMS = [
  { name: 'report.demo-12', people: 12, budget: 3000 },
  { name: 'report.room-40', people: 40, budget: 5000 },
] as const;

function cli(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`common-ground ${args[0]} failed: ${result.stderr.toString()}`);
  return elapsed;
}

it('report', async () => {
  await measureGroup('report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-bench-report-'));
    try {
      const files = ROOMS.map((room) => {
        const file = join(dir, `demo-${room.people}.json`);
        cli(['demo', '--participants', String(room.people), '--out', file]);
        return file;
      });
      const times: number[][] = ROOMS.map(() => []);
      const launches: number[] = [];
      const pages: number[] = ROOMS.map(() => 0);
      for (let i = 0; i < WARM_UP + RUNS; i++) {
        const order = i % 2 === 0 ? [0, 1] : [1, 0];
        for (const r of order) {
          const pdf = join(dir, `report-${r}.pdf`);
          const elapsed = cli(['report', files[r]!, '--out', pdf, '--force']);
          if (!existsSync(pdf) || statSync(pdf).size === 0) throw new Error('The report was not written.');
          pages[r] = statSync(pdf).size / 1024;
          if (i >= WARM_UP) times[r]!.push(elapsed);
        }
        // What starting and closing Chromium alone costs on this machine, in the same run.
        const start = performance.now();
        await (await launchChromium()).close();
        if (i >= WARM_UP) launches.push(performance.now() - start);
      }
      return ROOMS.map((room, r): Figure => {
        const value = median(times[r]!);
        return figure('report', {
          name: room.name,
          value,
          unit: 'ms',
          budget: { max: room.budget },
          how:
            `\`common-ground report\` of the ${room.people}-person demo workshop file to an A4 PDF: a new process, ` +
            'headless Chromium, until the command exits with the file on disk.',
          median: value,
          runs: RUNS,
          warmUp: WARM_UP,
          detail: { pdfKB: pages[r]!, chromiumStartAndCloseMs: median(launches) },
          ...(value > room.budget
            ? {
                note:
                  `Starting and closing Chromium alone takes ${Math.round(median(launches))} ms here; the rest is the ` +
                  'command starting, the workshop imported into a throwaway database, the report view rendering every ' +
                  'chart, and Chromium printing the pages.',
              }
            : {}),
        });
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
