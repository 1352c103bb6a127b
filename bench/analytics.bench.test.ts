/**
 * How long the divergence analysis of a full workshop takes: a seeded workshop of 20
 * activities (every kind in turn, up to two rounds each) and 40 participants, analysed
 * 200 times after a warm-up; prints the median and the 95th percentile in milliseconds.
 *
 * Not part of `npm test` (no project's include matches bench/). Run it on its own with
 *
 *   npx vitest run --root bench
 *
 * which starts Vitest from this folder with its default settings.
 */
import { expect, it } from 'vitest';
import { analyze } from '../src/shared/analytics';
import { randomWorkshop } from '../test/unit/analytics/random';

const RUNS = 200;
const WARM_UP = 20;
const FRAME_MS = 16;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

it(`analyses a 20-activity, 40-participant workshop well within a frame (${RUNS} runs)`, () => {
  const input = randomWorkshop(2026, { activities: 20, participants: 40 });
  const votes = input.activities.reduce((sum, a) => sum + a.rounds.reduce((s, r) => s + r.votes.length, 0), 0);
  for (let i = 0; i < WARM_UP; i++) analyze(input);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    analyze(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 50);
  const p95 = percentile(times, 95);
  process.stdout.write(
    `\nanalyze: ${input.activities.length} activities, ${input.participants.length} participants, ${votes} votes\n` +
      `  median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, max ${times.at(-1)!.toFixed(3)} ms over ${RUNS} runs\n\n`,
  );
  expect(median).toBeLessThan(FRAME_MS);
});
