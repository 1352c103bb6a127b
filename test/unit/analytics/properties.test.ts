import { describe, expect, it } from 'vitest';
import type { Side } from '../../../src/shared/domain';
import { analyze, type AnalysisInput, type ItemResult, type WorkshopAnalysis } from '../../../src/shared/analytics';
import { randomWorkshop, seededRandom } from './random';

const SEEDS = Array.from({ length: 25 }, (_, i) => 1000 + i * 7919);

/** The same workshop with every IT participant on Marketing's side and the other way round. */
function swapSides(input: AnalysisInput): AnalysisInput {
  const swapped: Record<Side, Side> = { it: 'marketing', marketing: 'it', other: 'other' };
  return { ...input, participants: input.participants.map((p) => ({ ...p, side: swapped[p.side] })) };
}

/** Only IT's answers, each given a Marketing twin who answers exactly the same. */
function twinSides(input: AnalysisInput): AnalysisInput {
  const itIds = new Set(input.participants.filter((p) => p.side === 'it').map((p) => p.id));
  return {
    ...input,
    participants: [...itIds].flatMap((id) => [
      { id, side: 'it' as const },
      { id: `${id}-twin`, side: 'marketing' as const },
    ]),
    activities: input.activities.map((activity) => ({
      ...activity,
      rounds: activity.rounds.map((round) => ({
        ...round,
        votes: round.votes
          .filter((vote) => itIds.has(vote.participantId))
          .flatMap((vote) => [vote, { ...vote, participantId: `${vote.participantId}-twin` }]),
      })),
    })),
  };
}

/** Every item of every round of a, with the same item in b. */
function itemPairs(a: WorkshopAnalysis, b: WorkshopAnalysis): [ItemResult, ItemResult][] {
  return a.activities.flatMap((activity, i) =>
    activity.rounds.flatMap((round, r) =>
      round.items.map((item, k): [ItemResult, ItemResult] => [item, b.activities[i]!.rounds[r]!.items[k]!]),
    ),
  );
}

/** Expect b to be −a, both null or both numbers. */
function expectNegated(a: number | null, b: number | null) {
  if (a === null) expect(b).toBeNull();
  else expect(b).toBeCloseTo(-a, 9);
}

function expectSame(a: number | null, b: number | null) {
  if (a === null) expect(b).toBeNull();
  else expect(b).toBeCloseTo(a, 9);
}

describe('swapping the sides', () => {
  it.each(SEEDS)('negates every gap and effect size, and changes no distance (seed %i)', (seed) => {
    const input = randomWorkshop(seed, { activities: 8, participants: 14, anonymous: seed % 2 === 0, skip: 0.2 });
    const before = analyze(input);
    const after = analyze(swapSides(input));
    let compared = 0;
    for (const [x, y] of itemPairs(before, after)) {
      expectNegated(x.gap, y.gap);
      expectNegated(x.hedgesG, y.hedgesG);
      expectNegated(x.top2Gap, y.top2Gap);
      expectSame(x.disconnect, y.disconnect);
      expectSame(x.divergence, y.divergence);
      expect(y.it).toEqual(x.marketing);
      expect(y.aggregatePosition?.it ?? null).toEqual(x.aggregatePosition?.marketing ?? null);
      expect(y.prediction?.itError ?? null).toEqual(x.prediction?.marketingError ?? null);
      if (x.gap !== null || x.disconnect !== null) compared++;
    }
    expect(compared).toBeGreaterThan(0);
    before.activities.forEach((activity, i) =>
      activity.rounds.forEach((round, r) => {
        const mirrored = after.activities[i]!.rounds[r]!;
        expectSame(round.ranking?.spearmanRho ?? null, mirrored.ranking?.spearmanRho ?? null);
        expectSame(round.ranking?.kendallTauB ?? null, mirrored.ranking?.kendallTauB ?? null);
        expectSame(round.ranking?.kendallW.it ?? null, mirrored.ranking?.kendallW.marketing ?? null);
      }),
    );
    expectSame(before.alignmentIndex, after.alignmentIndex);
  });
});

describe('two sides that answer identically', () => {
  it.each(SEEDS)('have gap 0, ρ = τ = 1, disconnect 0 and alignment 100 (seed %i)', (seed) => {
    const input = twinSides(randomWorkshop(seed, { activities: 8, participants: 16, skip: 0.1 }));
    const analysis = analyze(input);
    let gaps = 0;
    let disconnects = 0;
    let rankings = 0;
    for (const activity of analysis.activities) {
      for (const round of activity.rounds) {
        for (const item of round.items) {
          if (item.gap !== null) {
            gaps++;
            expect(item.gap).toBe(0);
            if (item.hedgesG !== null) expect(item.hedgesG).toBeCloseTo(0, 12);
          }
          if (item.disconnect !== null) {
            disconnects++;
            expect(item.disconnect).toBe(0);
          }
          if (item.divergence !== null) expect(item.divergence).toBe(0);
          expect(item.it).toEqual(item.marketing);
        }
        if (round.ranking?.spearmanRho != null) {
          rankings++;
          expect(round.ranking.spearmanRho).toBeCloseTo(1, 12);
          expect(round.ranking.kendallTauB).toBeCloseTo(1, 12);
        }
      }
    }
    expect(gaps).toBeGreaterThan(0);
    expect(disconnects).toBeGreaterThan(0);
    expect(rankings).toBeGreaterThan(0);
    expect(analysis.alignmentIndex).toBeCloseTo(100, 10);
  });
});

describe('the alignment index and the distances stay in range', () => {
  // Every gap's permutation test runs the first time its answers are seen: 200 workshops take a few seconds.
  it('for 200 random workshops of every size, with anonymity on and off', () => {
    const sizes = seededRandom(42);
    for (let n = 0; n < 200; n++) {
      const input = randomWorkshop(n + 1, {
        activities: 1 + Math.floor(sizes() * 10),
        participants: 2 + Math.floor(sizes() * 30),
        anonymous: sizes() < 0.5,
        skip: sizes() * 0.5,
      });
      const analysis = analyze(input);
      if (analysis.alignmentIndex !== null) {
        expect(analysis.alignmentIndex).toBeGreaterThanOrEqual(0);
        expect(analysis.alignmentIndex).toBeLessThanOrEqual(100);
      }
      for (const activity of analysis.activities) {
        for (const round of activity.rounds) {
          for (const item of round.items) {
            if (item.divergence === null) continue;
            expect(item.divergence).toBeGreaterThanOrEqual(0);
            expect(item.divergence).toBeLessThanOrEqual(1);
          }
          for (const value of [round.ranking?.spearmanRho, round.ranking?.kendallTauB]) {
            if (value == null) continue;
            expect(Math.abs(value)).toBeLessThanOrEqual(1);
          }
          for (const w of [round.ranking?.kendallW.it, round.ranking?.kendallW.marketing]) {
            if (w == null) continue;
            expect(w).toBeGreaterThanOrEqual(0);
            expect(w).toBeLessThanOrEqual(1);
          }
        }
      }
    }
  }, 60_000);

  it('is computed for a workshop with both sides voting and anonymity off', () => {
    const analysis = analyze(randomWorkshop(7, { activities: 20, participants: 40 }));
    expect(analysis.alignmentIndex).not.toBeNull();
    // Random answers are neither identical nor opposite.
    expect(analysis.alignmentIndex!).toBeGreaterThan(50);
    expect(analysis.alignmentIndex!).toBeLessThan(100);
  });
});
