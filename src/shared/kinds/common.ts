import { z } from 'zod';
import type { ItemResult, SideResult } from '../analytics/types';
import type { BallotProblem } from './types';
import * as figure from '../figures';
import { requiredText } from '../validation';

/** One answer offered by an ownership or choice activity; its id is what a vote stores. */
export const optionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'Option ids are lowercase words joined by dashes.' }),
    label: requiredText('Option label', 80),
  })
  .strict();
export type Option = z.infer<typeof optionSchema>;

export const uniqueOptions = (options: readonly Option[]) => new Set(options.map((o) => o.id)).size === options.length;

export function isWholeNumberIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

export function isNumberIn(value: number, min: number, max: number): boolean {
  return value >= min && value <= max;
}

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The side that stands higher first, for a sentence that reads as a finding. */
export function higherFirst(a: number, b: number) {
  return a >= b
    ? { first: 'IT', second: 'Marketing', high: a, low: b }
    : { first: 'Marketing', second: 'IT', high: b, low: a };
}

/** One side's figure for an item, written by `write` when it is shown: "—" with nobody, "fewer than 3" when hidden. */
export function sideText(side: SideResult, write: (mean: number | null) => string): string {
  if (side.n === 0) return figure.MISSING;
  if (side.suppressed) return 'fewer than 3';
  return write(side.mean);
}

/** How far apart the sides are: a distribution's disconnect as "40% apart", else the signed gap of means. */
export function gapText(item: ItemResult, decimals: number): string {
  if (item.disconnect !== null) return figure.apart(item.disconnect);
  return figure.gap(item.gap, { decimals });
}

/** Both sides shown, with answers: what a summary sentence needs. */
export const bothShown = (it: SideResult, marketing: SideResult) =>
  !(it.suppressed || marketing.suppressed || it.n === 0 || marketing.n === 0);

/** Picks an index with probability proportional to its weight. */
export function pickWeighted(weights: readonly number[], random: () => number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let roll = random() * total;
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i]!;
    if (roll <= 0) return i;
  }
  return weights.length - 1;
}

/** A published figure in percent is met with the room's share of voters saying the same. */
export const PERCENT_UNIT = /%|percent/i;

/** Every answer given so far, in item order: what a kind that asks about each item sends. */
export function answeredEntries(items: readonly { readonly id: string }[], values: Readonly<Record<string, unknown>>) {
  return items
    .filter((item) => values[item.id] !== undefined)
    .map((item) => ({ itemId: item.id, value: values[item.id] }));
}

/** A kind answered on levels (likert, a scale) takes one of the whole levels offered, never a value between. */
export function levelsOffered(entries: readonly { readonly value: number }[]): BallotProblem | null {
  return entries.some((e) => !Number.isInteger(e.value)) ? { message: 'Choose one of the levels offered.' } : null;
}
