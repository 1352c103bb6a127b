import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FIGURE_NAMES, GROUPS, passes, type BenchResults } from '../../bench/support/figures';
import { RENDERER_DIR } from '../support/e2e';

const out = mkdtempSync(join(tmpdir(), 'cg-bench-smoke-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// A smoke run of `npm run bench`: two samples of every figure, to show each one is taken
// and written. What the numbers are is the bench's business, never a test's.
it('writes every figure of npm run bench to results.json and RESULTS.md', { timeout: 600_000 }, () => {
  expect(existsSync(RENDERER_DIR), 'run `npm run build` first').toBe(true);
  // The bench starts its own Vitest; nothing of this one's may leak into it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  const run = spawnSync(process.execPath, ['bench/run.mjs', '--smoke', '--no-build', '--out', out], {
    cwd: resolve('.'),
    env,
    encoding: 'utf8',
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);

  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as BenchResults;
  expect(results.smoke).toBe(true);
  expect(results.failed).toEqual([]);
  expect(results.figures.map((f) => f.name).sort()).toEqual(GROUPS.flatMap((g) => FIGURE_NAMES[g]).sort());
  for (const f of results.figures) {
    expect(Number.isFinite(f.value) && f.value >= 0, `${f.name} has a value`).toBe(true);
    expect(f.unit, f.name).not.toBe('');
    expect(f.how.length, `${f.name} says how it is measured`).toBeGreaterThan(20);
    expect(f.runs, f.name).toBeGreaterThanOrEqual(1);
    expect('max' in f.budget || 'min' in f.budget, `${f.name} has a budget`).toBe(true);
    expect(f.pass, `${f.name} is judged against its budget`).toBe(passes(f.value, f.budget));
    if (f.median !== undefined && f.p95 !== undefined) expect(f.p95).toBeGreaterThanOrEqual(f.median);
  }
  expect(results.notMeasured.map((f) => f.group)).toEqual(['phones', 'portfolio']);

  const markdown = readFileSync(join(out, 'RESULTS.md'), 'utf8');
  for (const f of results.figures) expect(markdown).toContain(`| ${f.name} |`);
  expect(markdown).toMatch(/\*\*phones\*\* — .*does not exist yet/);
  expect(markdown).toMatch(/\*\*portfolio\*\* — .*does not exist yet/);
});

it('measures one group on its own with --only, keeping the others', { timeout: 120_000 }, () => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  const before = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as BenchResults;
  const run = spawnSync(process.execPath, ['bench/run.mjs', '--smoke', '--no-build', '--out', out, '--only', 'size'], {
    cwd: resolve('.'),
    env,
    encoding: 'utf8',
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const after = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as BenchResults;
  expect(after.figures.map((f) => f.name)).toEqual(before.figures.map((f) => f.name));
  expect(after.figures.find((f) => f.name === 'ingest.12x7')).toEqual(
    before.figures.find((f) => f.name === 'ingest.12x7'),
  );

  const unknown = spawnSync(process.execPath, ['bench/run.mjs', '--only', 'nothing'], { env, encoding: 'utf8' });
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toContain('no figure named nothing');
});
