import { studentTQuantile, Z_975 } from './distributions';
import type { GapCertainty, GapVerdict, Interval, NumericSummary } from './types';

/**
 * How sure a gap between IT and Marketing is. A room is small (five IT people and four
 * from Marketing is typical), so the p-value comes from a permutation test of the side
 * labels, which assumes nothing about the answers' distribution; see docs/analytics.md.
 */

/** Up to this many relabellings, every one is counted (an exact test). */
export const EXACT_RELABELLINGS = 10_000;
/** Beyond it, this many seeded random relabellings: about as much work as the exact limit. */
export const MONTE_CARLO_DRAWS = 10_000;
/** The most additions counting a sum's exact distribution may take before the Monte Carlo draws are used instead. */
export const EXACT_SUM_STEPS = 1_000_000;
/** The fixed seed of the random relabellings: the same answers always give the same p. */
export const MONTE_CARLO_SEED = 20_130_601;

/** A side needs at least this many voters, and the two sides together `VERDICT_MIN_VOTERS`, for a verdict. */
export const VERDICT_MIN_SIDE = 3;
/** 3 + 3 voters could never reach p < 0.05 (20 relabellings, the mirror one as extreme as the real one: 2/20). */
export const VERDICT_MIN_VOTERS = 7;
/** Adjusted p below which a gap is clear, and below which it is likely. */
export const CLEAR_GAP_P = 0.05;
export const LIKELY_GAP_P = 0.2;

export const VERDICT_WORDS: Readonly<Record<GapVerdict, string>> = {
  'clear-gap': 'clear gap',
  'likely-gap': 'likely gap',
  'could-be-chance': 'could be chance with this few voters',
  'too-few-voters': 'too few voters to say',
};

/** A test result that does not depend on the workshop: what the cache keeps. */
interface PermutationResult {
  readonly p: number;
  readonly method: 'exact' | 'monte-carlo';
  readonly relabellings: number;
  /** Difference of means: half the width of Welch's interval, which does not depend on which side is which. */
  readonly halfWidth?: number | null;
}

/** mulberry32: small, fast and seeded, so a Monte Carlo p-value is the same every time. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n choose k as a float; stops counting once it passes `cap`. */
function choose(n: number, k: number, cap: number): number {
  let result = 1;
  const smaller = Math.min(k, n - k);
  for (let i = 1; i <= smaller; i++) {
    result = (result * (n - smaller + i)) / i;
    if (result > cap) return result;
  }
  return Math.round(result);
}

/**
 * Two-sided permutation p-value. `rows` holds every voter's answer as `width` numbers,
 * the first `k` voters one side and the rest the other; `statistic` gets the sum of the
 * first group's rows and returns a size of the gap that does not depend on its sign.
 * p = the share of relabellings whose statistic is at least the observed one.
 */
function permutationTest(
  rows: Float64Array,
  width: number,
  k: number,
  statistic: (groupSum: Float64Array) => number,
): PermutationResult {
  const n = rows.length / width;
  const observedSum = new Float64Array(width);
  for (let v = 0; v < k; v++) for (let j = 0; j < width; j++) observedSum[j]! += rows[v * width + j]!;
  // Rounding in a mean must not turn an equally extreme relabelling into a less extreme one.
  const bar = atLeast(statistic(observedSum));
  const total = choose(n, k, EXACT_RELABELLINGS);

  if (total <= EXACT_RELABELLINGS) {
    let extreme = 0;
    const sums = Array.from({ length: k + 1 }, () => new Float64Array(width));
    const visit = (start: number, depth: number) => {
      const sum = sums[depth]!;
      if (depth === k) {
        if (statistic(sum) >= bar) extreme++;
        return;
      }
      const next = sums[depth + 1]!;
      for (let v = start; v <= n - (k - depth); v++) {
        for (let j = 0; j < width; j++) next[j] = sum[j]! + rows[v * width + j]!;
        visit(v + 1, depth + 1);
      }
    };
    visit(0, 0);
    return { p: extreme / total, method: 'exact', relabellings: total };
  }

  const random = seededRandom(MONTE_CARLO_SEED);
  if (width === 1) return oneNumberMonteCarlo(rows, k, statistic, bar, random);
  const order = new Int32Array(n);
  for (let v = 0; v < n; v++) order[v] = v;
  const sum = new Float64Array(width);
  let extreme = 0;
  for (let draw = 0; draw < MONTE_CARLO_DRAWS; draw++) {
    sum.fill(0);
    // A partial Fisher–Yates shuffle: the first k places hold a uniformly random group.
    for (let i = 0; i < k; i++) {
      const pick = i + Math.floor(random() * (n - i));
      const v = order[pick]!;
      order[pick] = order[i]!;
      order[i] = v;
      for (let j = 0; j < width; j++) sum[j]! += rows[v * width + j]!;
    }
    if (statistic(sum) >= bar) extreme++;
  }
  // The observed labelling counts as one of the draws, so p is never 0.
  return { p: (extreme + 1) / (MONTE_CARLO_DRAWS + 1), method: 'monte-carlo', relabellings: MONTE_CARLO_DRAWS };
}

/** The Monte Carlo draws when each voter is one number: the same draws, without the per-option loop. */
function oneNumberMonteCarlo(
  values: Float64Array,
  k: number,
  statistic: (groupSum: Float64Array) => number,
  bar: number,
  random: () => number,
): PermutationResult {
  const n = values.length;
  const pool = Float64Array.from(values);
  const sum = new Float64Array(1);
  let extreme = 0;
  for (let draw = 0; draw < MONTE_CARLO_DRAWS; draw++) {
    let total = 0;
    for (let i = 0; i < k; i++) {
      const pick = i + Math.floor(random() * (n - i));
      const value = pool[pick]!;
      pool[pick] = pool[i]!;
      pool[i] = value;
      total += value;
    }
    sum[0] = total;
    if (statistic(sum) >= bar) extreme++;
  }
  return { p: (extreme + 1) / (MONTE_CARLO_DRAWS + 1), method: 'monte-carlo', relabellings: MONTE_CARLO_DRAWS };
}

/**
 * Permutation results by the answers themselves (each side's answers sorted), so a round
 * whose answers have not changed costs nothing the next time it is analysed, and swapping
 * the sides or reordering voters gives the very same figures.
 */
const cache = new Map<string, PermutationResult>();
// The oldest entry goes first when full: a workshop's answers fit many times over.
const CACHE_SIZE = 4096;

function cached(key: string, run: () => PermutationResult): PermutationResult {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = run();
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

/** Two groups in a fixed order that depends only on their contents. */
function canonical<T>(a: T, b: T, keyOf: (group: T) => string): { first: T; second: T; key: string } {
  const ka = keyOf(a);
  const kb = keyOf(b);
  return ka <= kb ? { first: a, second: b, key: `${ka}|${kb}` } : { first: b, second: a, key: `${kb}|${ka}` };
}

/** A group's sorted answers as a string; whole numbers (nearly every answer) as one character each, for speed. */
function numbersKey(group: ArrayLike<number>): string {
  let key = `${group.length}:`;
  for (let i = 0; i < group.length; i++) {
    const value = group[i]!;
    key += Number.isInteger(value) && value >= 0 && value < 0xd000 ? String.fromCharCode(value + 0x30) : `[${value}]`;
  }
  return key;
}

/** Whether a relabelling's statistic is at least the observed one, allowing for rounding. */
const atLeast = (observed: number) => observed - 1e-9 * Math.max(1, Math.abs(observed));

/** C(n, k) for every n ≤ size, as floats (exact up to 2⁵³, close enough beyond). */
function pascal(size: number): Float64Array[] {
  const rows: Float64Array[] = [];
  for (let n = 0; n <= size; n++) {
    const row = new Float64Array(n + 1);
    row[0] = row[n] = 1;
    for (let k = 1; k < n; k++) row[k] = rows[n - 1]![k - 1]! + rows[n - 1]![k]!;
    rows.push(row);
  }
  return rows;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The exact permutation distribution of a group's sum when every answer is a whole
 * number, counted by dynamic programming over voters (how many k-voter groups reach each
 * sum) instead of one relabelling at a time. Null when that would take more than
 * EXACT_SUM_STEPS additions.
 */
function exactSumTest(a: readonly number[], b: readonly number[]): PermutationResult | null {
  // The test is the same whichever side is counted; counting the smaller one is quicker.
  const [first, second] = a.length <= b.length ? [a, b] : [b, a];
  const pooled = [...first, ...second];
  if (!pooled.every(Number.isInteger)) return null;
  const n = pooled.length;
  const k = first.length;
  const low = Math.min(...pooled);
  const step = pooled.reduce((g, v) => gcd(g, v - low), 0);
  const relabellings = choose(n, k, Infinity);
  if (step === 0) return { p: 1, method: 'exact', relabellings };
  const scaled = pooled.map((v) => (v - low) / step);
  const top = Math.max(...scaled);
  const width = k * top + 1;
  // About n · k · width / 2 additions: well under a millisecond up to this many.
  if ((n * k * width) / 2 > EXACT_SUM_STEPS) return null;
  // ways[t * width + s]: the number of t-voter groups, among the voters seen so far, whose sum is s.
  const ways = new Float64Array((k + 1) * width);
  ways[0] = 1;
  scaled.forEach((v, i) => {
    for (let t = Math.min(i, k - 1); t >= 0; t--) {
      const from = t * width;
      const to = (t + 1) * width + v;
      for (let sum = Math.min(t * top, width - 1 - v); sum >= 0; sum--) ways[to + sum]! += ways[from + sum]!;
    }
  });
  let total = 0;
  for (const v of scaled) total += v;
  let observedSum = 0;
  for (let i = 0; i < k; i++) observedSum += scaled[i]!;
  const rest = n - k;
  const statistic = (sum: number) => Math.abs(sum / k - (total - sum) / rest);
  const bar = atLeast(statistic(observedSum));
  let extreme = 0;
  let all = 0;
  for (let sum = 0; sum < width; sum++) {
    const count = ways[k * width + sum]!;
    all += count;
    if (count > 0 && statistic(sum) >= bar) extreme += count;
  }
  return { p: Math.min(1, extreme / all), method: 'exact', relabellings };
}

/** Permutation p of the difference of two groups' means; `sorted` when both come sorted already. */
export function meanDifferenceTest(a: ArrayLike<number>, b: ArrayLike<number>, sorted = false): PermutationResult {
  const sortedA = sorted ? a : Float64Array.from(a).sort();
  const sortedB = sorted ? b : Float64Array.from(b).sort();
  const { first: firstArray, second: secondArray, key } = canonical(sortedA, sortedB, numbersKey);
  return cached(`mean|${key}`, () => {
    const first = Array.from(firstArray);
    const second = Array.from(secondArray);
    const halfWidth = welchHalfWidth(first, second);
    const rows = Float64Array.from([...first, ...second]);
    const k = first.length;
    const rest = rows.length - k;
    let total = 0;
    for (const value of rows) total += value;
    const statistic = (sum: Float64Array) => Math.abs(sum[0]! / k - (total - sum[0]!) / rest);
    const test =
      choose(rows.length, k, EXACT_RELABELLINGS) <= EXACT_RELABELLINGS
        ? permutationTest(rows, 1, k, statistic)
        : (exactSumTest(first, second) ?? permutationTest(rows, 1, k, statistic));
    return { ...test, halfWidth };
  });
}

/** Up to this many ways of sharing the distinct answers out, a distribution test is exact. */
const EXACT_SHARINGS = 20_000;

/**
 * The exact permutation distribution when voters give few distinct answers (one option
 * each, say): relabellings that put the same number of each distinct answer in the first
 * group have the same statistic, so each sharing-out is counted once, weighted by the
 * number of relabellings behind it (Π C(cᵢ, aᵢ)). Null when there are too many sharings.
 */
function exactPatternTest(
  first: readonly Uint8Array[],
  second: readonly Uint8Array[],
  width: number,
  statistic: (groupSum: Float64Array) => number,
): PermutationResult | null {
  const k = first.length;
  const patterns = new Map<string, { row: Uint8Array; count: number; inFirst: number }>();
  const add = (row: Uint8Array, inFirst: number) => {
    const key = row.join('');
    const entry = patterns.get(key) ?? { row, count: 0, inFirst: 0 };
    entry.count++;
    entry.inFirst += inFirst;
    patterns.set(key, entry);
  };
  first.forEach((row) => add(row, 1));
  second.forEach((row) => add(row, 0));
  const distinct = [...patterns.values()];
  let sharings = 1;
  for (const { count } of distinct) sharings *= Math.min(count, k) + 1;
  if (sharings > EXACT_SHARINGS) return null;

  const n = first.length + second.length;
  const binomial = pascal(n);
  const observed = new Float64Array(width);
  for (const { row, inFirst } of distinct) for (let j = 0; j < width; j++) observed[j]! += inFirst * row[j]!;
  const bar = atLeast(statistic(observed));
  // capacity[i]: how many voters the patterns from i on can still take.
  const capacity = new Array<number>(distinct.length + 1).fill(0);
  for (let i = distinct.length - 1; i >= 0; i--) capacity[i] = capacity[i + 1]! + distinct[i]!.count;
  const sums = Array.from({ length: distinct.length + 1 }, () => new Float64Array(width));
  let extreme = 0;
  let all = 0;
  const visit = (i: number, left: number, weight: number) => {
    const sum = sums[i]!;
    if (i === distinct.length) {
      all += weight;
      if (statistic(sum) >= bar) extreme += weight;
      return;
    }
    const { row, count } = distinct[i]!;
    const next = sums[i + 1]!;
    for (let a = Math.max(0, left - capacity[i + 1]!); a <= Math.min(count, left); a++) {
      for (let j = 0; j < width; j++) next[j] = sum[j]! + a * row[j]!;
      visit(i + 1, left - a, weight * binomial[count]![a]!);
    }
  };
  visit(0, k, 1);
  return { p: Math.min(1, extreme / all), method: 'exact', relabellings: choose(n, k, Infinity) };
}

/**
 * Permutation p of the total variation distance between two groups' distributions over
 * options. Each voter is given as a code of the options they picked (bit o set for option
 * o; several bits with a multiple choice).
 */
export function distributionTest(a: readonly number[], b: readonly number[], options: number): PermutationResult {
  const {
    first: firstCodes,
    second: secondCodes,
    key,
  } = canonical(Float64Array.from(a).sort(), Float64Array.from(b).sort(), numbersKey);
  return cached(`tvd${options}|${key}`, () => {
    const decode = (code: number) => Uint8Array.from({ length: options }, (_, o) => (code >> o) & 1);
    const first = Array.from(firstCodes, decode);
    const second = Array.from(secondCodes, decode);
    const rows = new Float64Array((first.length + second.length) * options);
    [...first, ...second].forEach((row, v) => rows.set(row, v * options));
    const totals = new Float64Array(options);
    for (let i = 0; i < rows.length; i++) totals[i % options]! += rows[i]!;
    let grand = 0;
    for (const t of totals) grand += t;
    const statistic = (sum: Float64Array) => {
      let inGroup = 0;
      for (const s of sum) inGroup += s;
      const outside = grand - inGroup;
      let distance = 0;
      for (let o = 0; o < options; o++) distance += Math.abs(sum[o]! / inGroup - (totals[o]! - sum[o]!) / outside);
      return distance / 2;
    };
    const k = first.length;
    if (choose(first.length + second.length, k, EXACT_RELABELLINGS) <= EXACT_RELABELLINGS) {
      return permutationTest(rows, options, k, statistic);
    }
    return exactPatternTest(first, second, options, statistic) ?? permutationTest(rows, options, k, statistic);
  });
}

/**
 * Permutation p of the distance between two groups' mean points on a plane (the 2×2
 * matrix): each voter is one point, the statistic the straight-line distance between the
 * groups' mean points, which does not depend on which group is which.
 */
export function meanDistanceTest(
  a: readonly (readonly [number, number])[],
  b: readonly (readonly [number, number])[],
): PermutationResult {
  const keyOf = (group: readonly (readonly [number, number])[]) =>
    `${group.length}:${group
      .map(([x, y]) => `${x},${y}`)
      .sort()
      .join(' ')}`;
  const { first, second, key } = canonical(a, b, keyOf);
  return cached(`distance|${key}`, () => {
    const rows = new Float64Array((first.length + second.length) * 2);
    [...first, ...second].forEach(([x, y], v) => rows.set([x, y], v * 2));
    let totalX = 0;
    let totalY = 0;
    for (let v = 0; v < rows.length; v += 2) {
      totalX += rows[v]!;
      totalY += rows[v + 1]!;
    }
    const k = first.length;
    const rest = second.length;
    const statistic = (sum: Float64Array) =>
      Math.hypot(sum[0]! / k - (totalX - sum[0]!) / rest, sum[1]! / k - (totalY - sum[1]!) / rest);
    return permutationTest(rows, 2, k, statistic);
  });
}

function sampleVariance(values: readonly number[]): number {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return squares / (values.length - 1);
}

/**
 * Welch's 95% interval of mean(a) − mean(b): the gap ± t · √(s₁²/n₁ + s₂²/n₂), t with the
 * Welch–Satterthwaite degrees of freedom. Null with fewer than two answers on a side or
 * no spread at all.
 */
export function welchInterval(a: readonly number[], b: readonly number[], gap: number): Interval | null {
  const half = welchHalfWidth(a, b);
  return half === null ? null : { low: gap - half, high: gap + half };
}

function welchHalfWidth(a: readonly number[], b: readonly number[]): number | null {
  if (a.length < 2 || b.length < 2) return null;
  const va = sampleVariance(a) / a.length;
  const vb = sampleVariance(b) / b.length;
  const se2 = va + vb;
  const size = Math.max(1, ...a.map(Math.abs), ...b.map(Math.abs));
  if (!(se2 > 1e-18 * size * size)) return null;
  const df = (se2 * se2) / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
  return studentTQuantile(0.05, df) * Math.sqrt(se2);
}

/** Wilson's 95% score interval of a share x / n. */
function wilson(x: number, n: number): { low: number; high: number } {
  const p = x / n;
  const z2 = Z_975 * Z_975;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z_975 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Newcombe's 95% interval (hybrid score, his method 10) of x₁/n₁ − x₂/n₂: defined at 0%
 * and 100% too, and it stays within −1..1.
 */
export function newcombeInterval(x1: number, n1: number, x2: number, n2: number): Interval | null {
  if (n1 < 1 || n2 < 1) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const a = wilson(x1, n1);
  const b = wilson(x2, n2);
  const d = p1 - p2;
  return {
    low: d - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2),
    high: d + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2),
  };
}

/** Whether the two sides have enough voters for a verdict; see VERDICT_MIN_SIDE. */
export const enoughVoters = (nIt: number, nMarketing: number) =>
  nIt >= VERDICT_MIN_SIDE && nMarketing >= VERDICT_MIN_SIDE && nIt + nMarketing >= VERDICT_MIN_VOTERS;

/** No test: a side empty or hidden. */
export const UNTESTED: GapCertainty = {
  estimate: null,
  interval: null,
  p: null,
  adjustedP: null,
  method: null,
  relabellings: 0,
  verdict: 'too-few-voters',
};

/** A tested gap, its verdict still to be set by `adjustCertainties`. */
export function testedGap(
  estimate: number,
  interval: Interval | null,
  test: PermutationResult,
  nIt: number,
  nMarketing: number,
): GapCertainty {
  const enough = enoughVoters(nIt, nMarketing);
  return {
    estimate,
    interval,
    p: test.p,
    adjustedP: enough ? test.p : null,
    method: test.method,
    relabellings: test.relabellings,
    verdict: enough ? verdictFor(test.p) : 'too-few-voters',
  };
}

export function verdictFor(adjustedP: number): GapVerdict {
  if (adjustedP <= CLEAR_GAP_P) return 'clear-gap';
  if (adjustedP <= LIKELY_GAP_P) return 'likely-gap';
  return 'could-be-chance';
}

/**
 * Benjamini–Hochberg adjusted p-values, in the order given:
 * q₍ᵢ₎ = min over j ≥ i of (m · p₍ⱼ₎ / j), capped at 1, p₍₁₎ ≤ … ≤ p₍ₘ₎.
 */
export function benjaminiHochberg(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = ps.map((_, i) => i).sort((i, j) => ps[i]! - ps[j]!);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const i = order[rank - 1]!;
    running = Math.min(running, (m * ps[i]!) / rank);
    // Never below the raw p, which rounding in m · p / rank could otherwise give.
    adjusted[i] = Math.max(ps[i]!, running);
  }
  return adjusted;
}

/**
 * The certainties adjusted as one family: each tested gap with enough voters gets its
 * Benjamini–Hochberg p and the verdict it reads as; the others are returned unchanged.
 */
export function adjustCertainties(certainties: readonly GapCertainty[]): GapCertainty[] {
  const family: number[] = [];
  certainties.forEach((c, i) => {
    if (c.p !== null && c.verdict !== 'too-few-voters') family.push(i);
  });
  const adjusted = benjaminiHochberg(family.map((i) => certainties[i]!.p!));
  const result = [...certainties];
  family.forEach((i, f) => {
    const adjustedP = adjusted[f]!;
    result[i] = { ...certainties[i]!, adjustedP, verdict: verdictFor(adjustedP) };
  });
  return result;
}

/**
 * One side's 95% interval of its mean: x̄ ± t(n − 1) · s / √n. Null with fewer than two
 * answers or no spread. For whiskers on a chart of each side's figure.
 */
export function meanInterval(summary: NumericSummary): Interval | null {
  const { n, mean, sd } = summary;
  if (mean === null || sd === null || n < 2 || !(sd > 0)) return null;
  const half = (studentTQuantile(0.05, n - 1) * sd) / Math.sqrt(n);
  return { low: mean - half, high: mean + half };
}

/** One side's 95% interval (Wilson) of a share of its n voters. */
export function shareInterval(share: number | null, n: number): Interval | null {
  if (share === null || n < 1) return null;
  return wilson(Math.round(share * n), n);
}
