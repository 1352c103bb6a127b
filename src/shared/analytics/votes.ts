import type { VoteValue } from '../domain';
import type { AnswerBounds } from '../kinds/types';

/**
 * How each kind's vote values are read. A value that does not fit its activity (a likert
 * level of 7, an unknown option, a rank beyond the number of items) is left out of every
 * statistic rather than allowed to distort them.
 */

/** The width of an answer range; a gap divided by it is on a 0..1 scale. Null without a range. */
export function rangeOf(bounds: AnswerBounds | null): number | null {
  if (bounds === null) return null;
  const range = bounds.max - bounds.min;
  return range > 0 ? range : null;
}

function withinBounds(value: unknown, bounds: AnswerBounds | null): value is number {
  return (
    typeof value === 'number' && Number.isFinite(value) && bounds !== null && value >= bounds.min && value <= bounds.max
  );
}

/** A rank, a number of points, a likert level or a scale value; `whole` when only whole numbers count. */
export function readNumber(bounds: AnswerBounds | null, whole: boolean, value: VoteValue): number | null {
  if (!withinBounds(value, bounds)) return null;
  if (whole && !Number.isInteger(value)) return null;
  return value;
}

export function readPrediction(bounds: AnswerBounds | null, value: VoteValue): { own: number; guess: number } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { own, guess } = value as { own: unknown; guess: unknown };
  return withinBounds(own, bounds) && withinBounds(guess, bounds) ? { own, guess } : null;
}

/**
 * Marks in `chosen` (one slot per option, all 0 on entry) the options a vote picks, and
 * says whether the vote counts: a single-answer activity takes exactly one known option,
 * a multiple-answer one at least one (unknown ids among them are ignored).
 */
export function readChoices(
  value: VoteValue,
  optionIndex: ReadonlyMap<string, number>,
  multiple: boolean,
  chosen: number[],
): boolean {
  if (typeof value === 'string') {
    const o = optionIndex.get(value);
    if (o !== undefined) chosen[o] = 1;
    return o !== undefined;
  }
  const picked: readonly unknown[] = Array.isArray(value) ? value : [];
  if (picked.length === 0 || (!multiple && picked.length !== 1)) return false;
  let counts = false;
  for (const id of picked) {
    const o = typeof id === 'string' ? optionIndex.get(id) : undefined;
    if (o === undefined) continue;
    chosen[o] = 1;
    counts = true;
  }
  return counts;
}
