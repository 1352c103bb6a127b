import type { BallotEntry } from '../../../shared/ballot';
import type { Activity, VoteValue } from '../../../shared/domain';

/**
 * What a person has answered so far, as the ballot screen holds it. Rankings are an
 * order of item ids (always complete); everything else is per item, possibly missing.
 */
export interface BallotDraft {
  readonly order: readonly string[];
  readonly values: Readonly<Record<string, VoteValue | undefined>>;
}

export function emptyDraft(activity: Activity): BallotDraft {
  return { order: activity.items.map((i) => i.id), values: {} };
}

/** A draft from answers already given in this round (a person coming back to change them). */
export function draftFrom(activity: Activity, entries: readonly BallotEntry[]): BallotDraft {
  if (entries.length === 0) return emptyDraft(activity);
  const values = Object.fromEntries(entries.map((e) => [e.itemId, e.value]));
  if (activity.kind !== 'ranking') return { order: activity.items.map((i) => i.id), values };
  const order = [...activity.items]
    .sort((a, b) => Number(values[a.id] ?? 99) - Number(values[b.id] ?? 99))
    .map((i) => i.id);
  return { order, values: {} };
}

export function toEntries(activity: Activity, draft: BallotDraft): BallotEntry[] {
  if (activity.kind === 'ranking') return draft.order.map((itemId, index) => ({ itemId, value: index + 1 }));
  // An item given no points has been given zero.
  if (activity.kind === 'points')
    return activity.items.map((item) => ({ itemId: item.id, value: draft.values[item.id] ?? 0 }));
  return activity.items
    .filter((item) => draft.values[item.id] !== undefined)
    .map((item) => ({ itemId: item.id, value: draft.values[item.id]! }));
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
