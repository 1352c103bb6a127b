import { draftEntries } from '../../shared/kinds';
import type { BallotDraft } from '../../shared/kinds/types';
import type { BallotActivity } from '../../shared/live';

/**
 * What a person has answered so far, as the ballot screen holds it. Rankings are an
 * order of item ids (always complete); everything else is per item, possibly missing.
 */
export type { BallotDraft };

export function emptyDraft(activity: BallotActivity): BallotDraft {
  return { order: activity.items.map((i) => i.id), values: {} };
}

/** The answers a draft holds, as the activity's kind sends them. */
export function toEntries(activity: BallotActivity, draft: BallotDraft): { itemId: string; value: unknown }[] {
  return draftEntries(activity.config, activity.items, draft);
}

/** Moves one item of a ranking to a new place. */
export function moveInOrder(order: readonly string[], itemId: string, toIndex: number): string[] {
  const next = order.filter((id) => id !== itemId);
  next.splice(Math.max(0, Math.min(next.length, toIndex)), 0, itemId);
  return next;
}

/** Points left to give (negative when over the total). */
export function pointsLeft(total: number, values: BallotDraft['values']): number {
  return total - Object.values(values).reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
}

/** The id of an item's row on the ballot, to bring a missing answer into view. */
export function ballotItemId(itemId: string): string {
  return `ballot-item-${itemId}`;
}

/**
 * The shared-screen ballot's headings, by id: the question, which the ballot form focuses
 * when a person has picked their name, and the thank-you, which takes the focus once their
 * answers are saved. Both are focusable by script only (tabindex -1), so the screen reader
 * starts from the new step and nobody is left on a button that is gone.
 */
export const BALLOT_QUESTION_ID = 'ballot-question';
export const BALLOT_THANKS_ID = 'ballot-thanks';
