import type { ActivityResult, DivergenceEntry, ItemResult } from './analytics';
import type { ActivityConfig } from './domain';
import { share, whole } from './figures';
import { kindOf } from './kinds';

/**
 * One plain sentence on where the two sides stand on an item, in the kind's own terms,
 * for the executive summary, which names the item just before it. The side that stands
 * higher comes first, so the five sentences read as five findings rather than one
 * template. Null when a side's figures are not shown.
 */
export function divergenceSentence(config: ActivityConfig, item: ItemResult): string | null {
  return kindOf(config).text.divergenceSentence(config, item);
}

/** What an alignment index says, in words a client executive reads without the methodology. */
export function alignmentSentence(index: number | null): string {
  if (index === null) return 'There are not yet enough answers from both sides to measure how aligned they are.';
  const rounded = Math.round(index);
  if (rounded >= 85)
    return `At ${whole(index)} out of 100, IT and Marketing answer much alike: the differences are in the details.`;
  if (rounded >= 70)
    return `At ${whole(index)} out of 100, IT and Marketing agree on most questions, with a few clear exceptions.`;
  if (rounded >= 50)
    return `At ${whole(index)} out of 100, IT and Marketing agree on some questions and stand clearly apart on others.`;
  return `At ${whole(index)} out of 100, IT and Marketing see most of these questions differently.`;
}

export interface Movement {
  readonly activityTitle: string;
  readonly label: string;
  readonly before: number;
  readonly after: number;
}

/** The item whose divergence changed most between an activity's first round and its re-vote. */
export function biggestMovement(activities: readonly ActivityResult[]): Movement | null {
  let best: Movement | null = null;
  let size = 0;
  for (const activity of activities) {
    for (const item of activity.convergence?.items ?? []) {
      if (item.divergenceBefore === null || item.divergenceAfter === null) continue;
      const change = Math.abs(item.divergenceAfter - item.divergenceBefore);
      if (change > size) {
        size = change;
        best = {
          activityTitle: activity.title,
          label: item.label,
          before: item.divergenceBefore,
          after: item.divergenceAfter,
        };
      }
    }
  }
  return best;
}

export function movementSentence(movement: Movement | null): string {
  if (!movement) return 'No activity was voted on twice, so there is no movement between rounds to report.';
  const direction = movement.after < movement.before ? 'closed' : 'widened';
  return (
    `The biggest movement came on “${movement.label}” (${movement.activityTitle}): after discussion the gap ${direction} ` +
    `from ${share(movement.before)} to ${share(movement.after)} of the widest possible disagreement.`
  );
}

/**
 * The top divergences with their sentences, skipping items whose figures are hidden. The
 * ranking spans activities: one item per activity first, a second from an activity only
 * when there are too few activities to fill the list.
 */
export function summarizeDivergences(
  entries: readonly DivergenceEntry[],
  activities: readonly ActivityResult[],
  configs: ReadonlyMap<string, ActivityConfig>,
  count = 5,
) {
  const firsts = entries.filter((e, i) => entries.findIndex((o) => o.activityId === e.activityId) === i);
  const ordered = [...firsts, ...entries.filter((e) => !firsts.includes(e))];
  const out: { entry: DivergenceEntry; sentence: string }[] = [];
  for (const entry of ordered) {
    const activity = activities.find((a) => a.activityId === entry.activityId);
    const round = activity?.rounds.find((r) => r.roundNumber === entry.roundNumber);
    const item = round?.items.find((i) => i.itemId === entry.itemId);
    const config = configs.get(entry.activityId);
    const sentence = item && config ? divergenceSentence(config, item) : null;
    if (sentence) out.push({ entry, sentence });
    if (out.length === count) break;
  }
  return out;
}
