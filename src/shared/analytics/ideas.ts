import { RAISED } from '../kinds/ideasRules';
import { UNTESTED, meanDifferenceTest, newcombeInterval, testedGap } from './certainty';
import { type ItemAnswers, type KindContext, bySide, hiddenSide, itemResult, plainSide, visibility } from './sides';
import { summarize } from './stats';
import type { IdeaCounts, ItemResult, RoundResult, SideResult } from './types';

/**
 * An idea is a bridge when both sides back it: each side is broken out (not hidden by the
 * small-group rule, at least one voter) and at least this share of each side's voters
 * backed it. A third: with three picks each among the usual eight to fifteen ideas, an
 * idea a third of a side backs is one of that side's clear favourites.
 */
export const BRIDGE_SHARE = 1 / 3;

/**
 * One round of an ideas activity. Every person who answered in the round counts as one
 * of their side's voters for every idea, whether they marked it or not: an idea's share
 * is the share of the side's voters who marked it (raised it in a collect round, backed it
 * in a vote round). In a vote round the gap between the two sides' shares carries the
 * certainty every share gap carries (Newcombe's interval, a permutation test), its size
 * is the idea's divergence, and an idea both sides backed is a bridge.
 */
export function analyzeIdeas(items: readonly ItemAnswers[], context: KindContext): { items: ItemResult[] } {
  const { sides } = context;
  const voted = new Uint8Array(sides.length);
  let collecting = false;
  for (const { answers } of items) {
    answers.forEach((value, p) => {
      if (value === undefined) return;
      voted[p] = 1;
      if (value === RAISED) collecting = true;
    });
  }
  const voters = bySide<number[]>(() => []);
  voted.forEach((flag, p) => {
    if (flag === 0) return;
    voters[sides[p]!].push(p);
    context.countVoter(p);
  });
  const hidden = visibility(context.anonymous, {
    it: voters.it.length,
    marketing: voters.marketing.length,
    other: voters.other.length,
  });

  const results = items.map(({ item, answers }): ItemResult => {
    const marks = (group: readonly number[]) => group.map((p) => (answers[p] === undefined ? 0 : 1));
    const it = marks(voters.it);
    const marketing = marks(voters.marketing);
    const room = [...it, ...marketing, ...marks(voters.other)];
    const count = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
    const side = (values: readonly number[], hide: boolean): SideResult =>
      hide ? hiddenSide(values.length) : plainSide(summarize(values));
    const result = itemResult(item, side(it, hidden.it), side(marketing, hidden.marketing), side(room, hidden.room));
    const counts: IdeaCounts = {
      it: hidden.it ? null : count(it),
      marketing: hidden.marketing ? null : count(marketing),
      room: hidden.room ? null : count(room),
    };
    if (collecting) return { ...result, ideas: { raised: counts, backed: null, bridge: false } };

    const shown = result.it.mean !== null && result.marketing.mean !== null;
    const gap = shown ? result.it.mean! - result.marketing.mean! : null;
    return {
      ...result,
      gap,
      divergence: gap === null ? null : Math.abs(gap),
      certainty:
        gap === null
          ? UNTESTED
          : testedGap(
              gap,
              newcombeInterval(count(it), it.length, count(marketing), marketing.length),
              meanDifferenceTest(it, marketing),
              it.length,
              marketing.length,
            ),
      ideas: {
        raised: null,
        backed: counts,
        bridge: shown && result.it.mean! >= BRIDGE_SHARE && result.marketing.mean! >= BRIDGE_SHARE,
      },
    };
  });
  return { items: results };
}

/**
 * A vote round read alongside the collect rounds before it: each idea's result carries
 * who raised it (counts per side from `collected`, the collect rounds analysed as one).
 */
export function withRaised(round: RoundResult, collected: RoundResult | null): RoundResult {
  const raised = new Map(collected?.items.map((item) => [item.itemId, item.ideas?.raised ?? null]));
  return {
    ...round,
    items: round.items.map((item) => ({
      ...item,
      ideas: {
        raised: raised.get(item.itemId) ?? null,
        backed: item.ideas?.backed ?? null,
        bridge: item.ideas?.bridge ?? false,
      },
    })),
  };
}

/**
 * The ideas both sides backed in a round, the strongest bridge first: by the lower of the
 * two sides' shares, then by the two together.
 */
export function bridges(items: readonly ItemResult[]): ItemResult[] {
  const low = (item: ItemResult) => Math.min(item.it.mean ?? 0, item.marketing.mean ?? 0);
  const both = (item: ItemResult) => (item.it.mean ?? 0) + (item.marketing.mean ?? 0);
  return items.filter((item) => item.ideas?.bridge === true).sort((a, b) => low(b) - low(a) || both(b) - both(a));
}

/** Ideas most backed first: by the room's share, then by the less keen side's; ties keep the list's order. */
export function mostBackedFirst(items: readonly ItemResult[]): ItemResult[] {
  const room = (item: ItemResult) => item.room.mean ?? -1;
  const low = (item: ItemResult) => Math.min(item.it.mean ?? 0, item.marketing.mean ?? 0);
  return [...items].sort((a, b) => room(b) - room(a) || low(b) - low(a));
}
