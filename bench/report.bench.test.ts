/**
 * How long the report of the 12-person demo takes, headless, from start to file on
 * disk: the built `common-ground report` command run as a consultant runs it (Node
 * starting, the workshop imported, Chromium launched, the report rendered, printed and
 * written), five times after a warm-up, without and with the vote appendix; prints the
 * median and the slowest in milliseconds, and when the command ended (after Chromium has
 * shut down). Needs `npm run build` first.
 *
 *   npx vitest run --root bench report
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { demoWorkshopFile } from '../src/main/core/demo';
import { builtInTemplate } from '../src/main/core/templates';

const CLI = resolve(__dirname, '../out/cli/index.js');
const RUNS = 5;
const GOAL_MS = 3000;

const dir = mkdtempSync(join(tmpdir(), 'cg-report-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Milliseconds from the command's start to the PDF on disk (its modification time), and to the command's end. */
function timeReport(extra: string[]): { onDisk: number[]; done: number[] } {
  const file = join(dir, 'demo.json');
  const out = join(dir, 'report.pdf');
  writeFileSync(
    file,
    JSON.stringify(demoWorkshopFile(builtInTemplate('cio-cmo-alignment')!, { participants: 12, seed: 7 })),
  );
  const run = () => {
    rmSync(out, { force: true });
    const start = Date.now();
    execFileSync(process.execPath, [CLI, 'report', file, '--out', out, ...extra]);
    return { onDisk: statSync(out).mtimeMs - start, done: Date.now() - start };
  };
  run();
  const runs = Array.from({ length: RUNS }, run);
  const sorted = (values: number[]) => values.sort((a, b) => a - b);
  const onDisk = sorted(runs.map((r) => r.onDisk));
  const done = sorted(runs.map((r) => r.done));
  const median = (values: number[]) => Math.round(values[Math.floor(RUNS / 2)]!);
  process.stdout.write(
    `\nreport of the 12-person demo${extra.length ? ` (${extra.join(' ')})` : ''}, over ${RUNS} runs: ` +
      `file on disk after ${median(onDisk)} ms (median; slowest ${Math.round(onDisk.at(-1)!)} ms), ` +
      `command done after ${median(done)} ms\n`,
  );
  return { onDisk, done };
}

it('prints the demo report, start to file on disk, within 3 s', { timeout: 120_000 }, () => {
  expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
  const { onDisk } = timeReport([]);
  expect(onDisk[Math.floor(RUNS / 2)]!).toBeLessThan(GOAL_MS);
});

it('prints it with the vote appendix too (measured, no goal)', { timeout: 120_000 }, () => {
  const { onDisk } = timeReport(['--appendix']);
  expect(onDisk).toHaveLength(RUNS);
});
