import type { ActivityConfig, VoteValue } from '../domain';

/**
 * How each kind's vote values are read. A value that does not fit its activity (a likert
 * level of 7, an unknown option, a rank beyond the number of items) is left out of every
 * statistic rather than allowed to distort them.
 */

export const LIKERT_LEVELS = [1, 2, 3, 4, 5] as const;

export type NumericConfig = Extract<ActivityConfig, { kind: 'ranking' | 'points' | 'likert' | 'scale' }>;
export type CategoricalConfig = Extract<ActivityConfig, { kind: 'ownership' | 'choice' }>;
export type PredictionConfig = Extract<ActivityConfig, { kind: 'prediction' }>;

export function isNumericConfig(config: ActivityConfig): config is NumericConfig {
  return config.kind === 'ranking' || config.kind === 'points' || config.kind === 'likert' || config.kind === 'scale';
}

export function isCategoricalConfig(config: ActivityConfig): config is CategoricalConfig {
  return config.kind === 'ownership' || config.kind === 'choice';
}

/** The lowest and highest answer an item can get. */
export function answerBounds(config: ActivityConfig, itemCount: number): { min: number; max: number } | null {
  switch (config.kind) {
    case 'ranking':
      return itemCount > 0 ? { min: 1, max: itemCount } : null;
    case 'points':
      return { min: 0, max: config.total };
    case 'likert':
      return { min: 1, max: 5 };
    case 'scale':
    case 'prediction':
      return config.max > config.min ? { min: config.min, max: config.max } : null;
    default:
      return null;
  }
}

/** The width of the answer range; a gap divided by it is on a 0..1 scale. Null for categorical kinds. */
export function answerRange(config: ActivityConfig, itemCount: number): number | null {
  const bounds = answerBounds(config, itemCount);
  if (bounds === null) return null;
  const range = bounds.max - bounds.min;
  return range > 0 ? range : null;
}

function withinBounds(value: unknown, bounds: { min: number; max: number } | null): value is number {
  return (
    typeof value === 'number' && Number.isFinite(value) && bounds !== null && value >= bounds.min && value <= bounds.max
  );
}

/** A rank, a number of points, a likert level or a scale value. */
export function readNumber(config: NumericConfig, itemCount: number, value: VoteValue): number | null {
  if (!withinBounds(value, answerBounds(config, itemCount))) return null;
  if (config.kind === 'likert' && !Number.isInteger(value)) return null;
  return value;
}

export function readPrediction(config: PredictionConfig, value: VoteValue): { own: number; guess: number } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { own, guess } = value as { own: unknown; guess: unknown };
  const bounds = answerBounds(config, 0);
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
