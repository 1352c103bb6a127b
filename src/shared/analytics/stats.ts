import type { NumericSummary } from './types';

/**
 * Below this (relative to the size of the numbers involved) a spread counts as zero, so
 * that rounding noise in a mean of equal answers never becomes an effect size.
 */
const ZERO_SPREAD = 1e-9;

export const EMPTY_SUMMARY: NumericSummary = { n: 0, mean: null, median: null, sd: null };

/** n, mean, median and sample standard deviation (n − 1) of a list of answers. */
export function summarize(values: readonly number[]): NumericSummary {
  const n = values.length;
  if (n === 0) return EMPTY_SUMMARY;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  // Equal answers: report them exactly rather than as their rounded sum divided by n.
  if (min === max) return { n, mean: min, median: min, sd: n > 1 ? 0 : null };
  const mean = sum / n;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return { n, mean, median: median(values), sd: n > 1 ? Math.sqrt(squares / (n - 1)) : null };
}

export function median(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = sortedCopy(values);
  const middle = n >> 1;
  return n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A room's answers to one item are a few dozen at most: insertion sort beats allocating for a general sort. */
function sortedCopy(values: readonly number[]): number[] {
  const sorted = values.slice();
  if (sorted.length > 64) return sorted.sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    const value = sorted[i]!;
    let j = i - 1;
    while (j >= 0 && sorted[j]! > value) {
      sorted[j + 1] = sorted[j]!;
      j--;
    }
    sorted[j + 1] = value;
  }
  return sorted;
}

/**
 * Hedges' g of a − b: d · (1 − 3 / (4(n₁ + n₂) − 9)), with d the difference of means over
 * the pooled standard deviation √(((n₁ − 1)s₁² + (n₂ − 1)s₂²) / (n₁ + n₂ − 2)).
 * Null when it is undefined: a side empty, n₁ + n₂ < 3, or no spread at all.
 */
export function hedgesG(a: NumericSummary, b: NumericSummary): number | null {
  if (a.mean === null || b.mean === null || a.n < 1 || b.n < 1) return null;
  const total = a.n + b.n;
  if (total < 3) return null;
  const squaresA = a.sd === null ? 0 : (a.n - 1) * a.sd ** 2;
  const squaresB = b.sd === null ? 0 : (b.n - 1) * b.sd ** 2;
  const pooled = Math.sqrt((squaresA + squaresB) / (total - 2));
  if (!(pooled > ZERO_SPREAD * Math.max(1, Math.abs(a.mean), Math.abs(b.mean)))) return null;
  const d = (a.mean - b.mean) / pooled;
  return d * (1 - 3 / (4 * total - 9));
}

/** 1-based ranks of the values, ties given the average of the places they share. */
export function averageRanks(values: ArrayLike<number>): number[] {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => values[i]! - values[j]!);
  const ranks = new Array<number>(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end]!] === values[order[start]!]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = rank;
    start = end;
  }
  return ranks;
}

/** Whether the values are exactly 1..n in some order: a full ranking with no ties, its own ranks. */
function isPermutation(values: ArrayLike<number>): boolean {
  const seen = new Uint8Array(values.length + 1);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!Number.isInteger(value) || value < 1 || value > values.length || seen[value] === 1) return false;
    seen[value] = 1;
  }
  return true;
}

/** Σ (t³ − t) over the groups of t tied values: the tie term of Kendall's W. */
function tieCubes(values: ArrayLike<number>): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i++) counts.set(values[i]!, (counts.get(values[i]!) ?? 0) + 1);
  let total = 0;
  for (const t of counts.values()) total += t ** 3 - t;
  return total;
}

/** Σ t(t − 1)/2 over the groups of t tied values: the pairs tied in one list, for τ-b. */
function tiedPairs(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let total = 0;
  for (const t of counts.values()) total += (t * (t - 1)) / 2;
  return total;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Pearson's correlation; null with fewer than two pairs or when either list does not vary. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 2 || y.length !== n) return null;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += x[i]!;
    sumY += y[i]!;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX;
    const dy = y[i]! - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return clamp(sxy / Math.sqrt(sxx * syy), -1, 1);
}

/** Spearman's ρ: Pearson's correlation of the average ranks. */
export function spearmanRho(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length) return null;
  return pearson(averageRanks(x), averageRanks(y));
}

/**
 * Kendall's τ-b: (concordant − discordant) / √((n₀ − n₁)(n₀ − n₂)), with n₀ = n(n − 1)/2
 * and n₁, n₂ the pairs tied in x and in y. Null when either list is all ties.
 * Quadratic in the number of items, which is at most a few dozen.
 */
export function kendallTauB(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 2 || y.length !== n) return null;
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = Math.sign(x[i]! - x[j]!) * Math.sign(y[i]! - y[j]!);
      if (s > 0) concordant++;
      else if (s < 0) discordant++;
    }
  }
  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((pairs - tiedPairs(x)) * (pairs - tiedPairs(y)));
  if (denominator === 0) return null;
  return clamp((concordant - discordant) / denominator, -1, 1);
}

/**
 * Kendall's W for m voters who each ranked the same n items (one array per voter, in the
 * same item order), with the tie correction:
 *   W = 12 S / (m²(n³ − n) − m Σ T),  S = Σᵢ (Rᵢ − m(n + 1)/2)²,  T = Σ (t³ − t) per voter.
 * Each voter's positions are re-ranked first, so tied positions count as average ranks.
 * Null with fewer than two voters or items, or when every voter ties every item.
 */
export function kendallW(rankings: readonly ArrayLike<number>[]): number | null {
  const m = rankings.length;
  const n = rankings[0]?.length ?? 0;
  if (m < 2 || n < 2 || rankings.some((r) => r.length !== n)) return null;
  const rankSums = new Float64Array(n);
  let ties = 0;
  for (const ranking of rankings) {
    // The usual case, a full order without ties, needs neither re-ranking nor a tie term.
    const plain = isPermutation(ranking);
    const ranks = plain ? ranking : averageRanks(ranking);
    for (let i = 0; i < n; i++) rankSums[i]! += ranks[i]!;
    if (!plain) ties += tieCubes(ranking);
  }
  const meanSum = (m * (n + 1)) / 2;
  let s = 0;
  for (const sum of rankSums) s += (sum - meanSum) ** 2;
  const denominator = m * m * (n ** 3 - n) - m * ties;
  if (denominator <= 0) return null;
  return clamp((12 * s) / denominator, 0, 1);
}

/** ½ Σ |p − q| over every key of either distribution. */
export function totalVariationDistance(
  p: Readonly<Record<string, number>>,
  q: Readonly<Record<string, number>>,
): number {
  let sum = 0;
  for (const key of Object.keys(p)) sum += Math.abs(p[key]! - (q[key] ?? 0));
  for (const key of Object.keys(q)) if (!(key in p)) sum += Math.abs(q[key]!);
  return clamp(sum / 2, 0, 1);
}

/** The mean of the values that are known; null when none is. */
export function meanOfKnown(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    count++;
  }
  return count === 0 ? null : sum / count;
}
