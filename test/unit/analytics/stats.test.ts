import { describe, expect, it } from 'vitest';
import {
  averageRanks,
  hedgesG,
  kendallTauB,
  kendallW,
  median,
  pearson,
  spearmanRho,
  summarize,
  totalVariationDistance,
} from '../../../src/shared/analytics';

describe('summarize', () => {
  it('gives n, mean, median and the sample standard deviation', () => {
    // [3, 4, 5, 6]: mean 4.5, median (4 + 5) / 2 = 4.5,
    // squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, s² = 5 / 3, s = 1.29099.
    const summary = summarize([6, 3, 5, 4]);
    expect(summary.n).toBe(4);
    expect(summary.mean).toBeCloseTo(4.5, 10);
    expect(summary.median).toBeCloseTo(4.5, 10);
    expect(summary.sd).toBeCloseTo(1.29099, 5);
  });

  it('takes the middle value as the median of an odd count, whatever the order', () => {
    // sorted [1, 2, 10]: median 2; mean 13 / 3.
    expect(median([10, 1, 2])).toBe(2);
    expect(summarize([10, 1, 2]).mean).toBeCloseTo(4.33333, 5);
  });

  it('has no standard deviation for a single answer and none of anything for no answer', () => {
    expect(summarize([7])).toEqual({ n: 1, mean: 7, median: 7, sd: null });
    expect(summarize([])).toEqual({ n: 0, mean: null, median: null, sd: null });
  });

  it('reports equal answers exactly, with a spread of 0', () => {
    // 0.1 + 0.1 + 0.1 is 0.30000000000000004 in floating point: the mean must still be 0.1.
    expect(summarize([0.1, 0.1, 0.1])).toEqual({ n: 3, mean: 0.1, median: 0.1, sd: 0 });
  });
});

describe("Hedges' g", () => {
  it('matches a hand calculation', () => {
    // a = [1, 2, 3]: mean 2, s² = 1.  b = [3, 4, 5, 6]: mean 4.5, s² = 5/3.
    // pooled s² = (2·1 + 3·5/3) / (3 + 4 − 2) = 7 / 5 = 1.4, pooled s = 1.183216
    // d = (2 − 4.5) / 1.183216 = −2.112886;  J = 1 − 3 / (4·7 − 9) = 16/19
    // g = −2.112886 · 16/19 = −1.779272
    expect(hedgesG(summarize([1, 2, 3]), summarize([3, 4, 5, 6]))).toBeCloseTo(-1.779272, 5);
  });

  it('changes sign, not size, when the sides are swapped', () => {
    expect(hedgesG(summarize([3, 4, 5, 6]), summarize([1, 2, 3]))).toBeCloseTo(1.779272, 5);
  });

  it('is null when there is no spread, too few answers or an empty side', () => {
    expect(hedgesG(summarize([3, 3]), summarize([3, 3, 3]))).toBeNull();
    expect(hedgesG(summarize([2]), summarize([4]))).toBeNull();
    expect(hedgesG(summarize([]), summarize([1, 2, 3]))).toBeNull();
  });

  it('pools a single answer with a spread on the other side', () => {
    // a = [1] contributes no squares; b = [2, 4]: mean 3, squares 2.
    // pooled s² = 2 / (3 − 2) = 2, s = 1.414214; d = (1 − 3) / 1.414214 = −1.414214
    // J = 1 − 3 / (12 − 9) = 0, so g = 0: with three answers the correction leaves nothing.
    expect(hedgesG(summarize([1]), summarize([2, 4]))).toBeCloseTo(0, 10);
    // a = [1], b = [2, 4, 3]: squares 2, pooled s² = 2 / 2 = 1; d = −2; J = 1 − 3 / 7 = 4/7; g = −8/7.
    expect(hedgesG(summarize([1]), summarize([2, 4, 3]))).toBeCloseTo(-8 / 7, 10);
  });
});

describe('rank correlations', () => {
  // x = [1, 2, 2, 3], y = [1, 3, 2, 3]
  // pairs (1,2) C, (1,3) C, (1,4) C, (2,3) tied in x, (2,4) tied in y, (3,4) C → C = 4, D = 0
  // n₀ = 6, ties in x: one pair, in y: one pair → τ-b = 4 / √(5 · 5) = 0.8
  // average ranks x: [1, 2.5, 2.5, 4], y: [1, 3.5, 2, 3.5]; deviations from 2.5:
  // dx = [−1.5, 0, 0, 1.5], dy = [−1.5, 1, −0.5, 1]; Σdxdy = 3.75, Σdx² = Σdy² = 4.5 → ρ = 0.8333
  const x = [1, 2, 2, 3];
  const y = [1, 3, 2, 3];

  it('gives ties the average of their places', () => {
    expect(averageRanks(x)).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks(y)).toEqual([1, 3.5, 2, 3.5]);
  });

  it("computes Spearman's ρ as Pearson's r on the average ranks", () => {
    expect(spearmanRho(x, y)).toBeCloseTo(0.83333, 5);
  });

  it("computes Kendall's τ-b with its tie correction", () => {
    expect(kendallTauB(x, y)).toBeCloseTo(0.8, 10);
  });

  it('is −1 for opposite orders and 1 for the same order', () => {
    expect(spearmanRho([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 10);
    expect(kendallTauB([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 10);
    expect(spearmanRho([1.2, 2.5, 2.9], [1, 2, 3])).toBeCloseTo(1, 10);
    expect(kendallTauB([1.2, 2.5, 2.9], [1, 2, 3])).toBeCloseTo(1, 10);
  });

  it('is null when a side ties every item or there is a single item', () => {
    expect(spearmanRho([2, 2, 2], [1, 2, 3])).toBeNull();
    expect(kendallTauB([2, 2, 2], [1, 2, 3])).toBeNull();
    expect(kendallTauB([1], [1])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
  });
});

describe("Kendall's W", () => {
  it('matches a hand calculation without ties', () => {
    // Three voters over A, B, C: [1,2,3], [1,3,2], [2,1,3] → rank sums R = [4, 6, 8]
    // mean R = m(n + 1)/2 = 6; S = 4 + 0 + 4 = 8; W = 12·8 / (3²·(27 − 3)) = 96 / 216 = 0.4444
    expect(
      kendallW([
        [1, 2, 3],
        [1, 3, 2],
        [2, 1, 3],
      ]),
    ).toBeCloseTo(0.44444, 5);
  });

  it('applies the tie correction when a voter ties two items', () => {
    // Voter 1: [1, 2, 3]; voter 2 puts A and B both first: [1, 1, 3] → average ranks [1.5, 1.5, 3]
    // R = [2.5, 3.5, 6], mean R = 4, S = 2.25 + 0.25 + 4 = 6.5
    // ties: voter 2 has one group of t = 2 → T = 2³ − 2 = 6
    // W = 12·6.5 / (2²·24 − 2·6) = 78 / 84 = 0.928571
    expect(
      kendallW([
        [1, 2, 3],
        [1, 1, 3],
      ]),
    ).toBeCloseTo(0.928571, 5);
  });

  it('is 1 for voters in full agreement and null for a single voter', () => {
    expect(
      kendallW([
        [1, 2, 3],
        [1, 2, 3],
      ]),
    ).toBeCloseTo(1, 10);
    expect(kendallW([[1, 2, 3]])).toBeNull();
  });
});

describe('total variation distance', () => {
  it('is half the sum of absolute differences', () => {
    // ½ (|0.5 − 0| + |0 − 2/3| + |0.5 − 1/3| + 0) = ½ · 4/3 = 0.6667
    const p = { 'it-led': 0.5, 'marketing-led': 0, 'co-led': 0.5, 'outside-vendor': 0 };
    const q = { 'it-led': 0, 'marketing-led': 2 / 3, 'co-led': 1 / 3, 'outside-vendor': 0 };
    expect(totalVariationDistance(p, q)).toBeCloseTo(0.66667, 5);
    expect(totalVariationDistance(q, p)).toBeCloseTo(0.66667, 5);
  });

  it('counts options that only one side has', () => {
    expect(totalVariationDistance({ a: 1 }, { b: 1 })).toBeCloseTo(1, 10);
    expect(totalVariationDistance({ a: 0.5, b: 0.5 }, { a: 0.5, b: 0.5 })).toBe(0);
  });
});
