import { describe, expect, it } from 'vitest';
import type { Benchmark } from '../../../src/shared/domain';
import { analyze, benchmarkMeasure, compareRounds } from '../../../src/shared/analytics';
import { activity, LIKERT, OWNERSHIP, participants, POINTS, PREDICTION, RANKING, SCALE, workshop } from './fixtures';

const people = participants(3, 3);

// Divergence 0.3 on both items (gap ±30 of 100 points), worked out in kinds.test.ts.
const points = activity({
  id: 'points',
  title: 'Technology priorities',
  config: POINTS,
  items: ['Customer insight', 'Lead generation'],
  rounds: [{ it1: [70, 30], it2: [50, 50], it3: [60, 40], mk1: [20, 80], mk2: [40, 60], mk3: [30, 70] }],
});

// IT [4, 5, 2], Marketing [1, 2, 4]: gap 11/3 − 7/3 = 4/3, divergence (4/3) / 4 = 1/3.
const likert = activity({
  id: 'likert',
  title: 'IT standards',
  config: LIKERT,
  items: ['Marketing pulls in technologies without consideration for IT standards'],
  rounds: [{ it1: [4], it2: [5], it3: [2], mk1: [1], mk2: [2], mk3: [4] }],
});

describe('top divergences', () => {
  it('lists items of every activity by divergence, ties in agenda order', () => {
    const { topDivergences } = analyze(workshop(people, [likert, points]));
    expect(topDivergences.map((entry) => [entry.activityId, entry.label])).toEqual([
      ['likert', 'Marketing pulls in technologies without consideration for IT standards'],
      ['points', 'Customer insight'],
      ['points', 'Lead generation'],
    ]);
    expect(topDivergences[0]).toMatchObject({ activityTitle: 'IT standards', kind: 'likert', roundNumber: 1 });
    expect(topDivergences[0]!.divergence).toBeCloseTo(1 / 3, 10);
    expect(topDivergences[1]!.divergence).toBeCloseTo(0.3, 10);
    expect(topDivergences[2]!.gap).toBeCloseTo(-30, 10);
  });

  it('keeps only as many as asked', () => {
    const { topDivergences } = analyze(workshop(people, [likert, points]), { topDivergenceLimit: 1 });
    expect(topDivergences).toHaveLength(1);
    expect(topDivergences[0]!.activityId).toBe('likert');
  });

  it('puts an ownership disconnect on the same scale', () => {
    // IT all IT-led, Marketing all Marketing-led: disconnect 1, above every numeric item here.
    const ownership = activity({
      id: 'owner',
      config: OWNERSHIP,
      items: ['Social Media'],
      rounds: [
        {
          it1: ['it-led'],
          it2: ['it-led'],
          it3: ['it-led'],
          mk1: ['marketing-led'],
          mk2: ['marketing-led'],
          mk3: ['marketing-led'],
        },
      ],
    });
    const { topDivergences } = analyze(workshop(people, [points, ownership]));
    expect(topDivergences[0]).toMatchObject({ activityId: 'owner', divergence: 1, disconnect: 1, gap: null });
  });
});

describe('alignment index', () => {
  it('is 100 × (1 − the mean over activities of their mean item divergence)', () => {
    // points: (0.3 + 0.3) / 2 = 0.3; likert: 1/3 → 100 · (1 − (0.3 + 0.33333) / 2) = 68.3333
    expect(analyze(workshop(people, [points, likert])).alignmentIndex).toBeCloseTo(68.3333, 3);
  });

  it('weighs activities, not items: a long activity does not drown a short one', () => {
    // Per item the mean would be (0.3 + 0.3 + 1/3) / 3 = 0.3111 → 68.89; per activity it is 68.33.
    expect(analyze(workshop(people, [points, likert])).alignmentIndex).not.toBeCloseTo(68.89, 1);
  });

  it('is 100 when both sides answer alike and 0 when they are as far apart as possible', () => {
    const same = activity({
      config: SCALE,
      items: ['Readiness'],
      rounds: [{ it1: [7], it2: [3], it3: [5], mk1: [5], mk2: [7], mk3: [3] }],
    });
    const opposite = activity({
      config: SCALE,
      items: ['Readiness'],
      rounds: [{ it1: [10], it2: [10], it3: [10], mk1: [0], mk2: [0], mk3: [0] }],
    });
    expect(analyze(workshop(people, [same])).alignmentIndex).toBeCloseTo(100, 10);
    expect(analyze(workshop(people, [opposite])).alignmentIndex).toBeCloseTo(0, 10);
  });

  it('reads the latest round of each activity', () => {
    const revote = activity({
      config: SCALE,
      items: ['Readiness'],
      rounds: [
        { it1: [10], it2: [10], it3: [10], mk1: [0], mk2: [0], mk3: [0] },
        { it1: [6], it2: [6], it3: [6], mk1: [4], mk2: [4], mk3: [4] },
      ],
    });
    // latest gap 2 of 10 → divergence 0.2 → 80
    expect(analyze(workshop(people, [revote])).alignmentIndex).toBeCloseTo(80, 10);
  });
});

describe('convergence between rounds', () => {
  // Item 1: round 1 IT [5,5,5] vs Marketing [1,1,1] (gap 4, divergence 1);
  //         round 2 IT [4,4,5] vs Marketing [2,3,3] (gap 13/3 − 8/3 = 5/3, divergence 5/12) → narrowed
  // Item 2: round 1 all 3 (gap 0); round 2 IT [4,4,4] vs Marketing [2,2,2] (gap 2, divergence 1/2) → widened
  // Rounds are given out of order on purpose.
  const revote = activity({
    id: 'standards',
    config: LIKERT,
    items: ['Marketing bypasses IT', 'IT slows marketing down'],
    rounds: [
      { it1: [5, 3], it2: [5, 3], it3: [5, 3], mk1: [1, 3], mk2: [1, 3], mk3: [1, 3] },
      { it1: [4, 4], it2: [4, 4], it3: [5, 4], mk1: [2, 2], mk2: [3, 2], mk3: [3, 2] },
    ],
  });
  const reordered = { ...revote, rounds: [...revote.rounds].reverse() };
  const result = analyze(workshop(people, [reordered])).activities[0]!;

  it('orders rounds by number and compares the first with the latest', () => {
    expect(result.rounds.map((round) => round.roundNumber)).toEqual([1, 2]);
    expect(result.latest?.roundNumber).toBe(2);
    expect(result.convergence).toMatchObject({ activityId: 'standards', fromRound: 1, toRound: 2 });
  });

  it("gives each item's change of gap and whether it narrowed", () => {
    const [first, second] = result.convergence!.items;
    expect(first!.gapBefore).toBeCloseTo(4, 10);
    expect(first!.gapAfter).toBeCloseTo(5 / 3, 10);
    expect(first!.gapChange).toBeCloseTo(-7 / 3, 10);
    expect(first!.divergenceChange).toBeCloseTo(5 / 12 - 1, 10);
    expect(first!.narrowed).toBe(true);
    expect(second!.gapChange).toBeCloseTo(2, 10);
    expect(second!.narrowed).toBe(false);
  });

  it('judges the activity on its mean divergence', () => {
    // before (1 + 0) / 2 = 0.5, after (5/12 + 1/2) / 2 = 0.458333
    expect(result.convergence!.divergenceBefore).toBeCloseTo(0.5, 10);
    expect(result.convergence!.divergenceAfter).toBeCloseTo(0.458333, 5);
    expect(result.convergence!.narrowed).toBe(true);
  });

  it('can compare any two rounds, including ownership by its disconnect', () => {
    const ownership = activity({
      id: 'owner',
      config: OWNERSHIP,
      items: ['Mobile'],
      rounds: [
        // disconnect 1: every IT voter IT-led, every Marketing voter Marketing-led
        {
          it1: ['it-led'],
          it2: ['it-led'],
          it3: ['it-led'],
          mk1: ['marketing-led'],
          mk2: ['marketing-led'],
          mk3: ['marketing-led'],
        },
        // IT {IT-led ⅓, Co-led ⅔}, Marketing {Marketing-led ⅓, Co-led ⅔}: disconnect ½ (⅓ + ⅓) = ⅓
        { it1: ['it-led'], it2: ['co-led'], it3: ['co-led'], mk1: ['marketing-led'], mk2: ['co-led'], mk3: ['co-led'] },
      ],
    });
    const [round1, round2] = analyze(workshop(people, [ownership])).activities[0]!.rounds;
    const convergence = compareRounds('owner', round1!, round2!);
    expect(convergence.items[0]!.gapChange).toBeNull();
    expect(convergence.items[0]!.divergenceBefore).toBeCloseTo(1, 10);
    expect(convergence.items[0]!.divergenceAfter).toBeCloseTo(1 / 3, 10);
    expect(convergence.items[0]!.narrowed).toBe(true);
  });
});

describe('room vs published benchmark', () => {
  const published = (cio: number | null, cmo: number | null, unit = '%'): Benchmark => ({
    cio,
    cmo,
    unit,
    source: 'Accenture CMO–CIO study',
    year: 2014,
  });

  it('compares a likert statement in % with the share who agree (top-2-box)', () => {
    // IT top-2-box 2/3 → 66.67 vs 49; Marketing 1/3 → 33.33 vs 30
    const withBenchmark = activity({
      config: LIKERT,
      items: ['Marketing pulls in technologies without consideration for IT standards'],
      benchmarks: [published(49, 30)],
      rounds: [{ it1: [4], it2: [5], it3: [2], mk1: [1], mk2: [2], mk3: [4] }],
    });
    const [comparison] = analyze(workshop(people, [withBenchmark])).activities[0]!.benchmarks;
    expect(comparison).toMatchObject({ measure: 'top-two-box-percent', unit: '%', year: 2014 });
    expect(comparison!.it.room).toBeCloseTo(66.6667, 3);
    expect(comparison!.it.difference).toBeCloseTo(17.6667, 3);
    expect(comparison!.marketing.room).toBeCloseTo(33.3333, 3);
    expect(comparison!.marketing.difference).toBeCloseTo(3.3333, 3);
  });

  it('compares a scale in % with the share above its midpoint, and a points item with its share of the total', () => {
    const readiness = activity({
      id: 'ready',
      config: SCALE,
      items: ['Prepared for the digital future'],
      benchmarks: [published(61, 49)],
      // above 5: IT 2 of 3, Marketing 1 of 3
      rounds: [{ it1: [8], it2: [6], it3: [5], mk1: [4], mk2: [5], mk3: [9] }],
    });
    const priorities = activity({
      id: 'pts',
      config: POINTS,
      items: ['Tying analytics to business outcomes'],
      benchmarks: [published(45, 33)],
      // means 60 and 30 points of 100
      rounds: [{ it1: [70], it2: [50], it3: [60], mk1: [20], mk2: [40], mk3: [30] }],
    });
    const [scale, pointsResult] = analyze(workshop(people, [readiness, priorities])).activities;
    expect(scale!.benchmarks[0]!.measure).toBe('above-midpoint-percent');
    expect(scale!.benchmarks[0]!.it.room).toBeCloseTo(66.6667, 3);
    expect(scale!.benchmarks[0]!.it.difference).toBeCloseTo(5.6667, 3);
    expect(scale!.benchmarks[0]!.marketing.difference).toBeCloseTo(-15.6667, 3);
    expect(pointsResult!.benchmarks[0]!.measure).toBe('points-share-percent');
    expect(pointsResult!.benchmarks[0]!.it.difference).toBeCloseTo(15, 10);
    expect(pointsResult!.benchmarks[0]!.marketing.difference).toBeCloseTo(-3, 10);
  });

  it("compares a ranking with each side's aggregate position", () => {
    // Customer insight: #10 for CIOs, #1 for CMOs. In the room IT puts it 1st, Marketing 3rd.
    const drivers = activity({
      config: RANKING,
      items: ['Customer insight', 'Security', 'Platform'],
      benchmarks: [published(10, 1, 'rank')],
      rounds: [{ it1: [1, 2, 3], it2: [1, 3, 2], it3: [2, 1, 3], mk1: [3, 2, 1], mk2: [3, 1, 2], mk3: [2, 3, 1] }],
    });
    const [comparison] = analyze(workshop(people, [drivers])).activities[0]!.benchmarks;
    expect(comparison!.measure).toBe('aggregate-position');
    expect(comparison!.it).toMatchObject({ room: 1, benchmark: 10, difference: -9 });
    expect(comparison!.marketing).toMatchObject({ room: 3, benchmark: 1, difference: 2 });
  });

  it("compares ownership with the share of each side's leading option, naming it", () => {
    // IT: IT-led 2 of 3 → 66.67 vs 42; Marketing: Marketing-led 2 of 3 → 66.67 vs 33
    const ownership = activity({
      config: OWNERSHIP,
      items: ['Big Data and Segment Analysis'],
      benchmarks: [published(42, 33)],
      rounds: [
        {
          it1: ['it-led'],
          it2: ['it-led'],
          it3: ['co-led'],
          mk1: ['marketing-led'],
          mk2: ['marketing-led'],
          mk3: ['co-led'],
        },
      ],
    });
    const [comparison] = analyze(workshop(people, [ownership])).activities[0]!.benchmarks;
    expect(comparison!.measure).toBe('leading-option-percent');
    expect(comparison!.it.option).toBe('it-led');
    expect(comparison!.it.difference).toBeCloseTo(24.6667, 3);
    expect(comparison!.marketing.option).toBe('marketing-led');
    expect(comparison!.marketing.difference).toBeCloseTo(33.6667, 3);
  });

  it('compares a prediction with the mean own answer, and leaves out a figure that was not published', () => {
    const prediction = activity({
      config: PREDICTION,
      items: ['Collaboration is at the right level'],
      benchmarks: [published(10, null)],
      rounds: [
        {
          it1: [{ own: 20, guess: 50 }],
          it2: [{ own: 30, guess: 60 }],
          it3: [{ own: 40, guess: 70 }],
          mk1: [{ own: 10, guess: 40 }],
          mk2: [{ own: 20, guess: 50 }],
          mk3: [{ own: 30, guess: 60 }],
        },
      ],
    });
    const [comparison] = analyze(workshop(people, [prediction])).activities[0]!.benchmarks;
    expect(comparison!.measure).toBe('mean');
    expect(comparison!.it).toMatchObject({ room: 30, benchmark: 10, difference: 20 });
    expect(comparison!.marketing).toMatchObject({ room: 20, benchmark: null, difference: null });
  });

  it('has no room figure for a suppressed side', () => {
    const small = activity({
      config: LIKERT,
      items: ['Statement'],
      benchmarks: [published(49, 30)],
      rounds: [{ it1: [4], it2: [5], mk1: [1], mk2: [2], mk3: [4] }],
    });
    const [comparison] = analyze(workshop(participants(2, 3), [small], true)).activities[0]!.benchmarks;
    expect(comparison!.it).toMatchObject({ room: null, benchmark: 49, difference: null });
    expect(comparison!.marketing.room).toBeCloseTo(33.3333, 3);
  });

  it('chooses the measure from the kind and whether the unit is a percentage', () => {
    expect(benchmarkMeasure('likert', 'points of 5')).toBe('mean');
    expect(benchmarkMeasure('scale', 'percent')).toBe('above-midpoint-percent');
    expect(benchmarkMeasure('points', '')).toBe('mean');
    expect(benchmarkMeasure('choice', '')).toBe('leading-option-percent');
  });
});
