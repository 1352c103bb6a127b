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
import { hedgesG, summarize } from './stats';
import type { ItemResult, RankingAgreement, SideResult } from './types';
import { answerRange, LIKERT_LEVELS, type NumericConfig, readNumber } from './votes';

function numericSide(values: readonly number[], hidden: boolean, config: NumericConfig): SideResult {
  if (hidden) return hiddenSide(values.length);
  const result = plainSide(summarize(values));
  if (values.length === 0) return result;
  if (config.kind === 'scale') {
    const midpoint = (config.min + config.max) / 2;
    return { ...result, aboveMidpointShare: values.filter((value) => value > midpoint).length / values.length };
  }
  if (config.kind !== 'likert') return result;
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const shares: Record<string, number> = {};
  for (const level of LIKERT_LEVELS) shares[String(level)] = (counts.get(level) ?? 0) / values.length;
  return { ...result, shares, top2Share: ((counts.get(4) ?? 0) + (counts.get(5) ?? 0)) / values.length };
}

/**
 * Ranking, points, likert and scale: the answer is a number (a position, points, a level,
 * a value) summarised per side; the gap is on its mean. Likert adds top-2-box, ranking the
 * aggregate orders and rank agreement.
 */
export function analyzeNumeric(
  config: NumericConfig,
  items: readonly ItemAnswers[],
  context: KindContext,
): { items: ItemResult[]; ranking: RankingAgreement | null } {
  const range = answerRange(config, items.length);
  // Ranking: each voter's positions over all items, for Kendall's W.
  const positions = new Map<string, Float64Array>();
  const results = items.map(({ item, answers }, i) => {
    const values = bySide((): number[] => []);
    for (const [participantId, value] of answers) {
      const answer = readNumber(config, items.length, value);
      if (answer === null) continue;
      const side = context.sideOf.get(participantId)!;
      values[side].push(answer);
      context.countVoter(participantId, side);
      if (config.kind === 'ranking') {
        let ranks = positions.get(participantId);
        if (ranks === undefined) positions.set(participantId, (ranks = new Float64Array(items.length).fill(NaN)));
        ranks[i] = answer;
      }
    }
    const hidden = visibility(context.anonymous, sizes(values));
    const it = numericSide(values.it, hidden.it, config);
    const marketing = numericSide(values.marketing, hidden.marketing, config);
    const room = numericSide(everyone(values), hidden.room, config);
    const gap = gapOf(it, marketing);
    return {
      ...itemResult(item, it, marketing, room),
      gap,
      hedgesG: hedgesG(it, marketing),
      top2Gap: it.top2Share === null || marketing.top2Share === null ? null : it.top2Share - marketing.top2Share,
      divergence: divergenceOf(gap, range),
    };
  });
  if (config.kind !== 'ranking') return { items: results, ranking: null };
  return {
    items: withAggregatePositions(results),
    ranking: rankingAgreement(results, positions, context.sideOf, context.anonymous),
  };
}
