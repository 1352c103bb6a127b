/**
 * How long the report of the 12-person demo takes, headless, from start to file on
 * disk: the built `common-ground report` command run as a consultant runs it (Node
 * starting, the workshop imported, Chromium launched, the report rendered and printed),
 * five times after a warm-up, without and with the vote appendix; prints the median and
 * the slowest in milliseconds. Needs `npm run build` first.
 *
 *   npx vitest run --root bench report
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

function timeReport(extra: string[]): number[] {
  const file = join(dir, 'demo.json');
  writeFileSync(
    file,
    JSON.stringify(demoWorkshopFile(builtInTemplate('cio-cmo-alignment')!, { participants: 12, seed: 7 })),
  );
  const run = () => {
    const start = performance.now();
    execFileSync(process.execPath, [CLI, 'report', file, '--out', join(dir, 'report.pdf'), '--force', ...extra]);
    return performance.now() - start;
  };
  run();
  const times = Array.from({ length: RUNS }, run).sort((a, b) => a - b);
  process.stdout.write(
    `\nreport of the 12-person demo${extra.length ? ` (${extra.join(' ')})` : ''}: ` +
      `median ${Math.round(times[Math.floor(RUNS / 2)]!)} ms, slowest ${Math.round(times.at(-1)!)} ms over ${RUNS} runs\n`,
  );
  return times;
}

it('prints the demo report, start to file on disk, within 3 s', { timeout: 120_000 }, () => {
  expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
  const times = timeReport([]);
  expect(times[Math.floor(RUNS / 2)]!).toBeLessThan(GOAL_MS);
});

it('prints it with the vote appendix too (measured, no goal)', { timeout: 120_000 }, () => {
  const times = timeReport(['--appendix']);
  expect(times.length).toBe(RUNS);
});
