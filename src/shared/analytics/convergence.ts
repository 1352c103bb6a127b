import type { Convergence, ItemConvergence, RoundResult } from './types';

const difference = (after: number | null, before: number | null) =>
  after === null || before === null ? null : after - before;

const narrowed = (after: number | null, before: number | null) =>
  after === null || before === null ? null : after < before;

/**
 * How each item's gap moved from one round of an activity to a later one. Whether the
 * sides came closer is judged on the divergence (|gap| over the answer range, or the
 * disconnect), so it reads the same for every kind and for gaps of either sign.
 */
export function compareRounds(activityId: string, before: RoundResult, after: RoundResult): Convergence {
  const earlier = new Map(before.items.map((item) => [item.itemId, item]));
  const items = after.items.map((item): ItemConvergence => {
    const old = earlier.get(item.itemId);
    const gapBefore = old?.gap ?? null;
    const divergenceBefore = old?.divergence ?? null;
    return {
      itemId: item.itemId,
      label: item.label,
      gapBefore,
      gapAfter: item.gap,
      gapChange: difference(item.gap, gapBefore),
      divergenceBefore,
      divergenceAfter: item.divergence,
      divergenceChange: difference(item.divergence, divergenceBefore),
      narrowed: narrowed(item.divergence, divergenceBefore),
    };
  });
  return {
    activityId,
    fromRound: before.roundNumber,
    toRound: after.roundNumber,
    items,
    divergenceBefore: before.divergence,
    divergenceAfter: after.divergence,
    narrowed: narrowed(after.divergence, before.divergence),
  };
}
