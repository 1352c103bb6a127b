import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Side } from '../../../src/shared/domain';
import {
  analyze,
  benjaminiHochberg,
  distributionTest,
  meanDifferenceTest,
  type AnalysisInput,
  type GapCertainty,
  type WorkshopAnalysis,
} from '../../../src/shared/analytics';
import { randomWorkshop } from './random';

const workshops = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  participants: fc.integer({ min: 2, max: 18 }),
  anonymous: fc.boolean(),
  skip: fc.double({ min: 0, max: 0.4, noNaN: true }),
});

const inputOf = (shape: { seed: number; participants: number; anonymous: boolean; skip: number }) =>
  randomWorkshop(shape.seed, { activities: 8, ...shape });

function certainties(analysis: WorkshopAnalysis): GapCertainty[] {
  return analysis.activities.flatMap((activity) =>
    activity.rounds.flatMap((round) =>
      round.items.flatMap((item) => (item.top2Certainty ? [item.certainty, item.top2Certainty] : [item.certainty])),
    ),
  );
}

function swapSides(input: AnalysisInput): AnalysisInput {
  const swapped: Record<Side, Side> = { it: 'marketing', marketing: 'it', other: 'other' };
  return { ...input, participants: input.participants.map((p) => ({ ...p, side: swapped[p.side] })) };
}

/** The same answers with the voters of each side handed each other's ballots in another order. */
function shuffleWithinSides(input: AnalysisInput, order: readonly number[]): AnalysisInput {
  const rename = new Map<string, string>();
  for (const side of ['it', 'marketing', 'other'] as const) {
    const ids = input.participants.filter((p) => p.side === side).map((p) => p.id);
    const shuffled = ids.map((_, i) => ids[order[i % order.length]! % ids.length]!);
    // A permutation: fill the rest in order where the pattern repeats an id.
    const used = new Set<string>();
    const target = shuffled.map((id) => (used.has(id) ? null : (used.add(id), id)));
    const left = ids.filter((id) => !used.has(id));
    ids.forEach((id, i) => rename.set(id, target[i] ?? left.shift()!));
  }
  return {
    ...input,
    participants: [...input.participants].reverse(),
    activities: input.activities.map((activity) => ({
      ...activity,
      rounds: activity.rounds.map((round) => ({
        ...round,
        votes: [...round.votes].reverse().map((vote) => ({ ...vote, participantId: rename.get(vote.participantId)! })),
      })),
    })),
  };
}

// Each random workshop's tests run the first time its answers are seen, which takes a while on a busy machine.
describe('certainty, for any workshop', { timeout: 60_000 }, () => {
  it('gives every p-value and adjusted p-value in [0, 1], the adjusted one never below the raw one', () => {
    fc.assert(
      fc.property(workshops, (shape) => {
        for (const c of certainties(analyze(inputOf(shape)))) {
          if (c.p !== null) expect(c.p).toBeGreaterThan(0);
          if (c.p !== null) expect(c.p).toBeLessThanOrEqual(1);
          if (c.adjustedP !== null) {
            expect(c.adjustedP).toBeLessThanOrEqual(1);
            expect(c.adjustedP).toBeGreaterThanOrEqual(c.p! - 1e-12);
          }
          if (c.interval !== null) expect(c.interval.low).toBeLessThanOrEqual(c.interval.high);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('flips every interval and keeps every p-value and verdict when the sides are swapped', () => {
    fc.assert(
      fc.property(workshops, (shape) => {
        const input = inputOf(shape);
        const before = certainties(analyze(input));
        const after = certainties(analyze(swapSides(input)));
        before.forEach((c, i) => {
          const s = after[i]!;
          if (c.interval === null) expect(s.interval).toBeNull();
          else {
            expect(s.interval!.low).toBeCloseTo(-c.interval.high, 9);
            expect(s.interval!.high).toBeCloseTo(-c.interval.low, 9);
          }
          expect(s.p).toBe(c.p);
          expect(s.adjustedP).toBe(c.adjustedP);
          expect(s.verdict).toBe(c.verdict);
        });
      }),
      { numRuns: 40 },
    );
  });

  it("flips each option's share gap and its interval when the sides are swapped", () => {
    fc.assert(
      fc.property(workshops, (shape) => {
        const input = inputOf(shape);
        const optionGaps = (w: WorkshopAnalysis) =>
          w.activities.flatMap((x) => x.rounds.flatMap((r) => r.items.map((item) => item.optionGaps)));
        const before = optionGaps(analyze(input));
        const after = optionGaps(analyze(swapSides(input)));
        before.forEach((gaps, i) => {
          if (gaps === null) return expect(after[i]).toBeNull();
          for (const [option, { gap, interval }] of Object.entries(gaps)) {
            const mirrored = after[i]![option]!;
            expect(mirrored.gap).toBeCloseTo(-gap, 9);
            expect(mirrored.interval!.low).toBeCloseTo(-interval!.high, 9);
            expect(mirrored.interval!.high).toBeCloseTo(-interval!.low, 9);
          }
        });
      }),
      { numRuns: 30 },
    );
  });

  it('changes nothing when voters are reordered within their side', () => {
    fc.assert(
      fc.property(workshops, fc.array(fc.nat(50), { minLength: 1, maxLength: 18 }), (shape, order) => {
        const input = inputOf(shape);
        const a = analyze(input);
        const b = analyze(shuffleWithinSides(input, order));
        expect(certainties(b)).toEqual(certainties(a));
        const dissent = (w: WorkshopAnalysis) =>
          w.activities.flatMap((x) => x.rounds.flatMap((r) => r.items.map((item) => item.dissent)));
        expect(dissent(b)).toEqual(dissent(a));
        // Means summed in another order may differ in the last bit.
        b.activities.forEach((x, i) => {
          const before = a.activities[i]!.reading;
          if (before === null) return expect(x.reading).toBeNull();
          for (const side of ['it', 'marketing'] as const) {
            expect(x.reading![side].direction).toBe(before[side].direction);
            const error = before[side].meanAbsoluteError;
            if (error === null) expect(x.reading![side].meanAbsoluteError).toBeNull();
            else expect(x.reading![side].meanAbsoluteError).toBeCloseTo(error, 9);
          }
          expect(x.reading!.readBest).toBe(before.readBest);
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('the building blocks', () => {
  const group = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 14 });

  it('a permutation p is in (0, 1], the same whichever group comes first', () => {
    fc.assert(
      fc.property(group, group, (a, b) => {
        const p = meanDifferenceTest(a, b).p;
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(meanDifferenceTest(b, a).p).toBe(p);
      }),
    );
  });

  it('a distribution test p is in (0, 1]', () => {
    const row = fc.integer({ min: 1, max: 7 });
    const rows = fc.array(row, { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(rows, rows, (a, b) => {
        const p = distributionTest(a, b, 3).p;
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });

  it('Benjamini–Hochberg keeps the order of the p-values and never lowers one', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }), (ps) => {
        const q = benjaminiHochberg(ps);
        ps.forEach((p, i) => {
          expect(q[i]).toBeGreaterThanOrEqual(p);
          expect(q[i]).toBeLessThanOrEqual(1);
          ps.forEach((other, j) => {
            if (p < other) expect(q[i]).toBeLessThanOrEqual(q[j]!);
          });
        });
      }),
    );
  });
});
