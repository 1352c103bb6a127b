import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { passes, type FailedGroup, type Figure, type Group } from './figures';

/** A smoke run (inside `npm test`) takes a couple of samples of everything, only to see that it works. */
export const SMOKE = process.env['BENCH_SMOKE'] === '1';

/** How many runs to take: `full` in the real bench, `smoke` in the smoke run. */
export function runs(full: number, smoke = 2): number {
  return SMOKE ? smoke : full;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Rounds for the files: three significant decimals is more than this machine can tell apart. */
export function round(value: number, decimals = 3): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

export function figure(group: Group, fields: Omit<Figure, 'group' | 'pass'>): Figure {
  const rounded = (v: number | undefined) => (v === undefined ? {} : { value: round(v) });
  return {
    ...fields,
    group,
    value: round(fields.value),
    pass: passes(fields.value, fields.budget),
    ...(fields.median === undefined ? {} : { median: rounded(fields.median).value }),
    ...(fields.p95 === undefined ? {} : { p95: rounded(fields.p95).value }),
    ...(fields.detail
      ? { detail: Object.fromEntries(Object.entries(fields.detail).map(([k, v]) => [k, round(v)])) }
      : {}),
  };
}

/** Times of `sample()`, after `warmUp` untimed calls. */
export async function sampleTimes(
  warmUp: number,
  count: number,
  sample: () => number | Promise<number>,
): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await sample();
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await sample());
  return times;
}

function fragmentDir(): string {
  const dir = process.env['BENCH_FRAGMENTS'];
  if (!dir) throw new Error('Run the bench with `npm run bench`, which says where its figures go.');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Measures one group and leaves its figures (or why it failed) where the results writer
 * collects them after the run.
 */
export async function measureGroup(group: Group, measure: () => Promise<readonly Figure[]>): Promise<void> {
  const file = join(fragmentDir(), `${group}.json`);
  try {
    const figures = await measure();
    writeFileSync(file, JSON.stringify({ figures }, null, 2));
    for (const f of figures) {
      process.stdout.write(
        `${f.name}: ${f.value} ${f.unit} (${f.pass ? 'within' : 'over'} budget)` +
          `${f.median !== undefined ? `, median ${round(f.median)}` : ''}${f.p95 !== undefined ? `, p95 ${round(f.p95)}` : ''}\n`,
      );
    }
  } catch (error) {
    const failed: FailedGroup = { group, error: error instanceof Error ? error.message : String(error) };
    writeFileSync(file, JSON.stringify({ failed }, null, 2));
    throw error;
  }
}
