import type { Side } from '../domain';
import { averageRanks, kendallTauB, kendallW, spearmanRho } from './stats';
import { MIN_GROUP_SIZE } from './suppression';
import type { ComparedSide, ItemResult, RankingAgreement } from './types';

/** Each side's aggregate order: the average ranks of its mean ranks, over the items where it has one. */
export function withAggregatePositions(results: readonly ItemResult[]): ItemResult[] {
  const placesOf = (side: ComparedSide) => {
    const known = results.flatMap((result, i) => (result[side].mean === null ? [] : [i]));
    const places = new Array<number | null>(results.length).fill(null);
    averageRanks(known.map((i) => results[i]![side].mean!)).forEach((place, k) => (places[known[k]!] = place));
    return places;
  };
  const it = placesOf('it');
  const marketing = placesOf('marketing');
  return results.map((result, i) => ({
    ...result,
    aggregatePosition: { it: it[i] ?? null, marketing: marketing[i] ?? null },
  }));
}

/** Kendall's W among the side's voters who placed every item; a hidden group gets none. */
function agreementWithin(
  side: ComparedSide,
  positions: readonly (Float64Array | undefined)[],
  sides: readonly Side[],
  anonymous: boolean,
): number | null {
  const complete: Float64Array[] = [];
  positions.forEach((ranks, p) => {
    if (ranks !== undefined && sides[p] === side && !ranks.some(Number.isNaN)) complete.push(ranks);
  });
  if (anonymous && complete.length < MIN_GROUP_SIZE) return null;
  return kendallW(complete);
}

/**
 * How far the two sides' aggregate orders agree (ρ and τ-b over the items both sides have
 * a mean rank for), and how far each side agrees within itself (W).
 *
 * @param positions each voter's positions by participant number, one slot per item, NaN where the voter gave none
 */
export function rankingAgreement(
  results: readonly ItemResult[],
  positions: readonly (Float64Array | undefined)[],
  sides: readonly Side[],
  anonymous: boolean,
): RankingAgreement {
  const itMeans: number[] = [];
  const marketingMeans: number[] = [];
  for (const result of results) {
    if (result.it.mean === null || result.marketing.mean === null) continue;
    itMeans.push(result.it.mean);
    marketingMeans.push(result.marketing.mean);
  }
  return {
    spearmanRho: spearmanRho(itMeans, marketingMeans),
    kendallTauB: kendallTauB(itMeans, marketingMeans),
    kendallW: {
      it: agreementWithin('it', positions, sides, anonymous),
      marketing: agreementWithin('marketing', positions, sides, anonymous),
    },
  };
}
