import {
  type ItemAnswers,
  type KindContext,
  bySide,
  everyone,
  hiddenSide,
  itemResult,
  plainSide,
  sizes,
  visibility,
} from './sides';
import { EMPTY_SUMMARY, totalVariationDistance } from './stats';
import type { ItemResult, SideResult } from './types';
import { type CategoricalConfig, readOptions } from './votes';

/** Share of the side's voters who picked each option (with several answers allowed they add up to more than 1). */
function categoricalSide(
  picks: readonly (readonly string[])[],
  optionIds: readonly string[],
  hidden: boolean,
): SideResult {
  if (hidden) return hiddenSide(picks.length);
  if (picks.length === 0) return plainSide(EMPTY_SUMMARY);
  const counts = new Map<string, number>(optionIds.map((id) => [id, 0]));
  for (const chosen of picks) for (const id of chosen) counts.set(id, counts.get(id)! + 1);
  const shares: Record<string, number> = {};
  for (const id of optionIds) shares[id] = counts.get(id)! / picks.length;
  return { ...plainSide({ ...EMPTY_SUMMARY, n: picks.length }), shares };
}

/**
 * The side's distribution over options as the disconnect compares it: the shares scaled
 * to add up to 1, so that every selection the side made counts once. With one answer per
 * voter these are the shares themselves.
 */
function selectionDistribution(side: SideResult): Record<string, number> | null {
  if (side.shares === null) return null;
  let total = 0;
  for (const share of Object.values(side.shares)) total += share;
  if (total === 0) return null;
  const distribution: Record<string, number> = {};
  for (const [id, share] of Object.entries(side.shares)) distribution[id] = share / total;
  return distribution;
}

/** Ownership and choice: each side's shares per option and the disconnect between them. */
export function analyzeCategorical(
  config: CategoricalConfig,
  items: readonly ItemAnswers[],
  context: KindContext,
): ItemResult[] {
  const optionIds = config.options.map((option) => option.id);
  return items.map(({ item, answers }) => {
    const picks = bySide((): (readonly string[])[] => []);
    for (const [participantId, value] of answers) {
      const chosen = readOptions(config, value);
      if (chosen === null) continue;
      const side = context.sideOf.get(participantId)!;
      picks[side].push(chosen);
      context.countVoter(participantId, side);
    }
    const hidden = visibility(context.anonymous, sizes(picks));
    const it = categoricalSide(picks.it, optionIds, hidden.it);
    const marketing = categoricalSide(picks.marketing, optionIds, hidden.marketing);
    const room = categoricalSide(everyone(picks), optionIds, hidden.room);
    const p = selectionDistribution(it);
    const q = selectionDistribution(marketing);
    const disconnect = p === null || q === null ? null : totalVariationDistance(p, q);
    return { ...itemResult(item, it, marketing, room), disconnect, divergence: disconnect };
  });
}
