import { rankingAgreement, withAggregatePositions } from './ranking';
import {
  type ItemAnswers,
  type KindContext,
  bySide,
  divergenceOf,
  everyone,
  gapOf,
  hiddenSide,
  itemResult,
  plainSide,
  sizes,
  visibility,
} from './sides';
import { UNTESTED, meanDifferenceTest, newcombeInterval, testedGap } from './certainty';
import { sideDissent } from './dissent';
import { hedgesG, summarize } from './stats';
import type { GapCertainty, ItemDissent, ItemResult, RankingAgreement, SideResult } from './types';
import type { AnswerBounds } from '../kinds/types';
import { rangeOf, readNumber } from './votes';

/**
 * How a kind's numeric answers are read and summed up beyond the mean: what the kind
 * passes to `analyzeNumeric`.
 */
export interface NumericReading {
  /** The lowest and highest answer; answers outside are left out. */
  readonly bounds: AnswerBounds | null;
  /** Only whole numbers count (a level). */
  readonly whole?: boolean;
  /** Named levels (likert 1..5): each side's share per level, and the share of the top two ("agrees"). */
  readonly levels?: readonly number[];
  /** Each side's share above the middle of the range (a scale's counterpart of the top two). */
  readonly aboveMidpoint?: boolean;
  /** Answers are places in one order (1 first): the aggregate orders and the agreement of the two orders, no dissent. */
  readonly order?: boolean;
}

function numericSide(values: readonly number[], hidden: boolean, reading: NumericReading): SideResult {
  if (hidden) return hiddenSide(values.length);
  const result = plainSide(summarize(values));
  const n = values.length;
  if (n === 0) return result;
  const { bounds, levels } = reading;
  if (reading.aboveMidpoint && bounds !== null) {
    const midpoint = (bounds.min + bounds.max) / 2;
    let above = 0;
    for (const value of values) if (value > midpoint) above++;
    return { ...result, aboveMidpointShare: above / n };
  }
  if (!levels) return result;
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const shares: Record<string, number> = {};
  for (const level of levels) shares[String(level)] = (counts.get(level) ?? 0) / n;
  const top = levels.slice(-2).reduce((sum, level) => sum + (counts.get(level) ?? 0), 0);
  return { ...result, shares, top2Share: top / n };
}

/** How sure the gap of means is; untested when a side is empty or hidden. */
export function meanGapCertainty(
  it: ArrayLike<number>,
  marketing: ArrayLike<number>,
  hidden: { readonly it: boolean; readonly marketing: boolean },
  gap: number | null,
  sorted = false,
): GapCertainty {
  if (gap === null || hidden.it || hidden.marketing || it.length === 0 || marketing.length === 0) return UNTESTED;
  const test = meanDifferenceTest(it, marketing, sorted);
  const half = test.halfWidth ?? null;
  return testedGap(
    gap,
    half === null ? null : { low: gap - half, high: gap + half },
    test,
    it.length,
    marketing.length,
  );
}

/** Named levels: how sure the gap of top-2-box shares is (a permutation test of the 0/1 "agrees"). */
function top2Certainty(
  it: Float64Array,
  marketing: Float64Array,
  hidden: { readonly it: boolean; readonly marketing: boolean },
  top2Gap: number | null,
  levels: readonly number[],
): GapCertainty {
  if (top2Gap === null || hidden.it || hidden.marketing) return UNTESTED;
  const lowestAgreeing = levels.at(-2) ?? Number.POSITIVE_INFINITY;
  const agrees = (level: number) => (level >= lowestAgreeing ? 1 : 0);
  // From sorted levels, the 0/1 "agrees" come out sorted too.
  const a = it.map(agrees);
  const b = marketing.map(agrees);
  const count = (xs: Float64Array) => xs.reduce((sum, x) => sum + x, 0);
  return testedGap(
    top2Gap,
    newcombeInterval(count(a), a.length, count(b), b.length),
    meanDifferenceTest(a, b, true),
    a.length,
    b.length,
  );
}

/**
 * Ranking, points, likert and scale: the answer is a number (a position, points, a level,
 * a value) summarised per side; the gap is on its mean. Likert adds top-2-box, ranking the
 * aggregate orders and rank agreement.
 */
export function analyzeNumeric(
  items: readonly ItemAnswers[],
  context: KindContext,
  reading: NumericReading,
): { items: ItemResult[]; ranking: RankingAgreement | null } {
  const { bounds } = reading;
  const order = reading.order ?? false;
  const range = rangeOf(bounds);
  const withDissent = !order && range !== null;
  const dissentOf = (sorted: Float64Array, hidden: boolean) =>
    hidden || range === null ? null : sideDissent(sorted, range, context.dissentThreshold, true);
  // Ranking: each voter's positions over all items (NaN where none was given), for Kendall's W.
  const positions: (Float64Array | undefined)[] = [];
  const results = items.map(({ item, answers }, i) => {
    const values = bySide((): number[] => []);
    answers.forEach((value, p) => {
      const answer = value === undefined ? null : readNumber(bounds, reading.whole ?? false, value);
      if (answer === null) return;
      values[context.sides[p]!].push(answer);
      context.countVoter(p);
      if (order) (positions[p] ??= new Float64Array(items.length).fill(NaN))[i] = answer;
    });
    const hidden = visibility(context.anonymous, sizes(values));
    const it = numericSide(values.it, hidden.it, reading);
    const marketing = numericSide(values.marketing, hidden.marketing, reading);
    const room = numericSide(everyone(values), hidden.room, reading);
    const gap = gapOf(it, marketing);
    const top2Gap = it.top2Share === null || marketing.top2Share === null ? null : it.top2Share - marketing.top2Share;
    // Each side's answers sorted once, for the test's cache key and the dissent check alike.
    const sorted = { it: Float64Array.from(values.it).sort(), marketing: Float64Array.from(values.marketing).sort() };
    const dissent: ItemDissent | null = withDissent
      ? { it: dissentOf(sorted.it, hidden.it), marketing: dissentOf(sorted.marketing, hidden.marketing) }
      : null;
    return {
      ...itemResult(item, it, marketing, room),
      gap,
      hedgesG: hedgesG(it, marketing),
      top2Gap,
      divergence: divergenceOf(gap, range),
      certainty: meanGapCertainty(sorted.it, sorted.marketing, hidden, gap, true),
      top2Certainty: reading.levels
        ? top2Certainty(sorted.it, sorted.marketing, hidden, top2Gap, reading.levels)
        : null,
      dissent,
    };
  });
  if (!order) return { items: results, ranking: null };
  return {
    items: withAggregatePositions(results),
    ranking: rankingAgreement(results, positions, context.sides, context.anonymous),
  };
}
