import type { ActivityResult, DivergenceEntry, ItemResult } from './analytics';
import type { ActivityConfig } from './domain';
import { kindOf } from './kinds';

import { mean, rank, share, whole } from './figures';
import { optionLabel } from './options';

function topOption(shares: Readonly<Record<string, number>> | null, config: ActivityConfig) {
  const [id, share] = Object.entries(shares ?? {}).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (id === undefined || share === undefined) return null;
  return { label: optionLabel(config, id), share };
}

/**
 * One plain sentence on where the two sides stand on an item, in the kind's own terms,
 * for the executive summary, which names the item just before it. The side that stands
 * higher comes first, so the five sentences read as five findings rather than one
 * template. Null when a side's figures are not shown.
 */
export function divergenceSentence(config: ActivityConfig, item: ItemResult): string | null {
  const { it, marketing } = item;
  if (it.suppressed || marketing.suppressed || it.n === 0 || marketing.n === 0) return null;
  const sides = (a: number, b: number) =>
    a >= b
      ? { first: 'IT', second: 'Marketing', high: a, low: b }
      : { first: 'Marketing', second: 'IT', high: b, low: a };
  switch (config.kind) {
    case 'ranking': {
      // A lower mean rank is a higher place.
      const { first, second, high, low } = sides(-it.mean!, -marketing.mean!);
      return `${first} ranks it higher: ${rank(-high)} on average against ${rank(-low)} from ${second} (1 = most important).`;
    }
    case 'points': {
      const { first, second, high, low } = sides(it.mean!, marketing.mean!);
      return `${first} gives it ${mean(high)} of ${config.total} points on average, ${second} only ${mean(low)}.`;
    }
    case 'likert':
      return `${share(it.top2Share ?? 0)} of IT agree, against ${share(marketing.top2Share ?? 0)} of Marketing.`;
    case 'scale': {
      const { first, second, high, low } = sides(it.mean!, marketing.mean!);
      return `${first} rates it ${mean(high)} out of ${config.max}, ${second} ${mean(low)}.`;
    }
    case 'prediction': {
      const { first, second, high, low } = sides(it.mean!, marketing.mean!);
      return `${first} answers ${mean(high)}${config.unit} on average, ${second} ${mean(low)}${config.unit}.`;
    }
    case 'ownership':
    case 'choice': {
      const a = topOption(it.shares, config);
      const b = topOption(marketing.shares, config);
      if (!a || !b) return null;
      return a.label === b.label
        ? `Both sides lean to “${a.label}” (IT ${share(a.share)}, Marketing ${share(b.share)}) but split differently over the other answers.`
        : `Most of IT chose “${a.label}” (${share(a.share)}), most of Marketing “${b.label}” (${share(b.share)}).`;
    }
    case 'ideas':
      return kindOf(config).text.divergenceSentence(config, item);
  }
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
