import type { ActivityConfig, VoteValue } from './domain';
import { voteValueProblem } from './workshopFile';

export interface BallotEntry {
  readonly itemId: string;
  readonly value: VoteValue;
}

export interface BallotProblem {
  readonly message: string;
  /** The item the problem is about, when there is one. */
  readonly itemId?: string;
}

/**
 * What is wrong with one person's whole answer to an activity, or null. The rules the
 * core enforces before a vote is written, and the ballot screen checks before sending:
 * one answer per item; a ranking is a permutation; points are whole, non-negative and
 * add up to the total; levels, scale values and options within the activity's settings.
 */
export function ballotProblem(
  config: ActivityConfig,
  items: readonly { readonly id: string; readonly label?: string }[],
  entries: readonly BallotEntry[],
): BallotProblem | null {
  const named = (item: { readonly label?: string }) => (item.label ? `“${item.label}”` : 'this item');
  const known = new Set(items.map((i) => i.id));
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!known.has(entry.itemId)) return { message: 'This answer is for an item that is not in the activity.' };
    if (seen.has(entry.itemId)) return { message: 'Each item is answered once.', itemId: entry.itemId };
    seen.add(entry.itemId);
  }
  // The first item, in the ballot's order, that still needs something from the person.
  const byItem = new Map(entries.map((e) => [e.itemId, e]));
  for (const item of items) {
    const entry = byItem.get(item.id);
    if (!entry) {
      const which = item.label ? `: ${named(item)} has no answer yet` : '';
      return { message: `Answer every item before you confirm${which}.`, itemId: item.id };
    }
    // A slider left where it started is not an answer: the person is asked to set it.
    const pair = entry.value as { own?: unknown; guess?: unknown } | null;
    if (config.kind !== 'prediction' || typeof pair !== 'object' || pair === null || Array.isArray(pair)) continue;
    if (pair.own === undefined)
      return { message: `Move the slider for your own answer to ${named(item)}.`, itemId: item.id };
    if (pair.guess === undefined)
      return { message: `Move the slider for your guess of the other side on ${named(item)}.`, itemId: item.id };
  }

  for (const entry of entries) {
    const problem = voteValueProblem(config, items.length, entry.value);
    if (problem) return { message: problem, itemId: entry.itemId };
  }

  if (config.kind === 'ranking') {
    const ranks = new Set(entries.map((e) => e.value as number));
    if (ranks.size !== items.length) return { message: 'A ranking puts every item in its own place: no ties.' };
  }
  if (config.kind === 'points') {
    const points = entries.map((e) => e.value as number);
    if (points.some((p) => !Number.isInteger(p))) return { message: 'Points are whole numbers.' };
    const total = points.reduce((a, b) => a + b, 0);
    if (total !== config.total) {
      return { message: `The points must add up to ${config.total}; these add up to ${total}.` };
    }
  }
  if ((config.kind === 'likert' || config.kind === 'scale') && entries.some((e) => !Number.isInteger(e.value))) {
    return { message: 'Choose one of the levels offered.' };
  }
  return null;
}
