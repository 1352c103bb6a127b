/**
 * analysis: how long the divergence analysis of a full workshop takes — a seeded workshop
 * of 20 activities (every kind in turn, up to two rounds each) and 40 participants.
 */
import { it } from 'vitest';
import { analyze } from '../../src/shared/analytics';
import { randomWorkshop } from '../../test/unit/analytics/random';
import { figure, measureGroup, median, percentile, runs, sampleTimes } from '../support/measure';

const RUNS = runs(200, 5);
const WARM_UP = runs(20, 2);

it('analysis', async () => {
  await measureGroup('analysis', async () => {
    const input = randomWorkshop(2026, { activities: 20, participants: 40 });
    const votes = input.activities.reduce((sum, a) => sum + a.rounds.reduce((s, r) => s + r.votes.length, 0), 0);
    const times = await sampleTimes(WARM_UP, RUNS, () => {
      const start = performance.now();
      analyze(input);
      return performance.now() - start;
    });
    const p95 = percentile(times, 95);
    return [
      figure('analysis', {
        name: 'analysis',
        value: p95,
        unit: 'ms',
        budget: { max: 5 },
        how: `analyze() of a seeded 20-activity, 40-participant, 15-item workshop (${votes.toLocaleString('en')} votes), in Node; p95.`,
        median: median(times),
        p95,
        runs: RUNS,
        warmUp: WARM_UP,
        detail: { votes, max: Math.max(...times) },
      }),
    ];
  });
});
