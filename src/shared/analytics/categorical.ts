import { type ItemAnswers, type KindContext, bySide, hiddenSide, itemResult, plainSide, visibility } from './sides';
import { UNTESTED, distributionTest, newcombeInterval, testedGap } from './certainty';
import { EMPTY_SUMMARY, totalVariationDistance } from './stats';
import type { ItemResult, OptionGap, SideResult } from './types';
import { readChoices } from './votes';

/** How many voters a group has and how many of them picked each option. */
interface Tally {
  voters: number;
  readonly picks: number[];
  /** Each voter's picks as one code (bit o for option o), for the permutation test. */
  readonly codes: number[];
}

const emptyTally = (options: number): Tally => ({ voters: 0, picks: new Array<number>(options).fill(0), codes: [] });

/** Share of the group's voters who picked each option (with several answers allowed they add up to more than 1). */
function categoricalSide(tally: Tally, optionIds: readonly string[], hidden: boolean): SideResult {
  if (hidden) return hiddenSide(tally.voters);
  if (tally.voters === 0) return plainSide(EMPTY_SUMMARY);
  const shares: Record<string, number> = {};
  optionIds.forEach((id, o) => (shares[id] = tally.picks[o]! / tally.voters));
  return { ...plainSide({ ...EMPTY_SUMMARY, n: tally.voters }), shares };
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

/**
 * The kinds answered with options: each side's shares per option and the disconnect
 * between them; `multiple` when an answer may pick several options.
 */
export function analyzeCategorical(
  options: readonly { readonly id: string }[],
  multiple: boolean,
  items: readonly ItemAnswers[],
  context: KindContext,
): ItemResult[] {
  const optionIds = options.map((option) => option.id);
  const optionIndex = new Map(optionIds.map((id, o) => [id, o]));
  const chosen = new Array<number>(optionIds.length).fill(0);
  return items.map(({ item, answers }) => {
    const tallies = bySide(() => emptyTally(optionIds.length));
    answers.forEach((value, p) => {
      if (value === undefined || !readChoices(value, optionIndex, multiple, chosen)) return;
      const tally = tallies[context.sides[p]!];
      tally.voters++;
      let code = 0;
      for (let o = 0; o < chosen.length; o++) {
        tally.picks[o]! += chosen[o]!;
        code += chosen[o]! << o;
        chosen[o] = 0;
      }
      tally.codes.push(code);
      context.countVoter(p);
    });
    const room = emptyTally(optionIds.length);
    for (const tally of [tallies.it, tallies.marketing, tallies.other]) {
      room.voters += tally.voters;
      for (let o = 0; o < optionIds.length; o++) room.picks[o]! += tally.picks[o]!;
    }
    const hidden = visibility(context.anonymous, {
      it: tallies.it.voters,
      marketing: tallies.marketing.voters,
      other: tallies.other.voters,
    });
    const it = categoricalSide(tallies.it, optionIds, hidden.it);
    const marketing = categoricalSide(tallies.marketing, optionIds, hidden.marketing);
    const p = selectionDistribution(it);
    const q = selectionDistribution(marketing);
    const disconnect = p === null || q === null ? null : totalVariationDistance(p, q);
    let optionGaps: Record<string, OptionGap> | null = null;
    if (disconnect !== null) {
      optionGaps = {};
      const { it: a, marketing: b } = tallies;
      optionIds.forEach((id, o) => {
        optionGaps![id] = {
          gap: a.picks[o]! / a.voters - b.picks[o]! / b.voters,
          interval: newcombeInterval(a.picks[o]!, a.voters, b.picks[o]!, b.voters),
        };
      });
    }
    return {
      ...itemResult(item, it, marketing, categoricalSide(room, optionIds, hidden.room)),
      disconnect,
      divergence: disconnect,
      optionGaps,
      // A distance has no sign and no interval here; how sure it is is its p-value.
      certainty:
        disconnect === null
          ? UNTESTED
          : testedGap(
              disconnect,
              null,
              distributionTest(tallies.it.codes, tallies.marketing.codes, optionIds.length),
              tallies.it.voters,
              tallies.marketing.voters,
            ),
    };
  });
}
