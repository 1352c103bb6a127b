import { z } from 'zod';
import type { SideResult } from '../analytics/types';
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

/** An option's label by id; the id itself when the option is gone. */
export const optionLabel = (options: readonly Option[], id: string) => options.find((o) => o.id === id)?.label ?? id;

export function isWholeNumberIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

export function isNumberIn(value: number, min: number, max: number): boolean {
  return value >= min && value <= max;
}

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** A number rounded to one decimal, as the report writes it: "3.5", "12". */
export const round1 = (n: number) => (Math.round(n * 10) / 10).toLocaleString('en', { maximumFractionDigits: 1 });

/** A share (0..1) as a whole percentage: "48%". */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The side that stands higher first, for a sentence that reads as a finding. */
export function higherFirst(a: number, b: number) {
  return a >= b
    ? { first: 'IT', second: 'Marketing', high: a, low: b }
    : { first: 'Marketing', second: 'IT', high: b, low: a };
}

/** Why a side's figure is not shown, or null when it is. */
export function hiddenFigure(side: SideResult): string | null {
  if (side.n === 0) return '—';
  if (side.suppressed) return 'fewer than 3';
  return null;
}

/** A side's mean as the console's table shows it: "#2.5", "40 pts", "62%". */
export function meanFigure(side: SideResult, digits: number, prefix = '', unit = ''): string {
  const hidden = hiddenFigure(side);
  if (hidden !== null) return hidden;
  if (side.mean === null) return '—';
  return `${prefix}${side.mean.toFixed(digits)}${unit}`;
}

/** A gap of means with its sign: "+1.2", "−0.4", "±0.0"; a distribution's disconnect as "40% apart". */
export function signedGap(gap: number | null, disconnect: number | null, digits: number): string {
  if (disconnect !== null) return `${Math.round(disconnect * 100)}% apart`;
  if (gap === null) return '—';
  const sign = gap > 0 ? '+' : gap < 0 ? '−' : '±';
  return `${sign}${Math.abs(gap).toFixed(digits)}`;
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
