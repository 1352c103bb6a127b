import type { z } from 'zod';
import type { SideResult } from '../analytics/types';
import * as figure from '../figures';
import { optionLabel } from '../options';
import { bothShown, gapText, pickWeighted, sideText, type Option } from './common';
import type { DemoPerson, KindBenchmark, KindConfig, KindText } from './types';
import type { optionsValueSchema } from './values';

/** What the ownership and choice kinds share: an answer is one option id, or several. */

export type OptionsValue = z.output<typeof optionsValueSchema>;

/** The options an answer picks, and whether it fits: known options, one (or several different ones). */
export function picksFit(options: readonly Option[], multiple: boolean, value: OptionsValue): boolean {
  const picked: readonly string[] = typeof value === 'string' ? [value] : value;
  const known = picked.every((id) => options.some((o) => o.id === id));
  const fits = multiple ? picked.length >= 1 && new Set(picked).size === picked.length : picked.length === 1;
  return known && fits;
}

export const optionList = (options: readonly Option[]) => options.map((o) => `"${o.id}"`).join(', ');

export const pickedInWords = (options: readonly Option[], value: OptionsValue): string =>
  typeof value === 'string' ? optionLabel(options, value) : value.map((id) => optionLabel(options, id)).join(', ');

/** The option most of a side chose, with its share. */
export function topOption(
  options: readonly Option[],
  shares: Readonly<Record<string, number>> | null,
): { label: string; share: number } | null {
  const [id, share] = Object.entries(shares ?? {}).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (id === undefined || share === undefined) return null;
  return { label: optionLabel(options, id), share };
}

/** "48% Co-led": a side's leading option, as the console's table shows it. */
export function leadingOptionFigure(options: readonly Option[], side: SideResult): string {
  return sideText(side, () => {
    const top = topOption(options, side.shares);
    return top === null ? figure.MISSING : `${figure.share(top.share)} ${top.label}`;
  });
}

export function optionsSentence(options: readonly Option[], it: SideResult, marketing: SideResult): string | null {
  const a = topOption(options, it.shares);
  const b = topOption(options, marketing.shares);
  if (!a || !b) return null;
  return a.label === b.label
    ? `Both sides lean to “${a.label}” (IT ${figure.share(a.share)}, Marketing ${figure.share(b.share)}) but split differently over the other answers.`
    : `Most of IT chose “${a.label}” (${figure.share(a.share)}), most of Marketing “${b.label}” (${figure.share(b.share)}).`;
}

/** Settings of a kind whose answers are options. */
type OptionsConfig = KindConfig & { readonly options: readonly Option[] };

/**
 * How an answer of options reads as text, the same for ownership and choice: the option's
 * label in words, its id in the CSV, a side's leading option and the disconnect as the gap.
 */
export function optionsText<C extends OptionsConfig>(): KindText<C, OptionsValue> {
  return {
    answer: (config, value) => pickedInWords(config.options, value),
    cell: (_config, value) => (typeof value === 'string' ? value : value.join('|')),
    sideFigure: (config, side) => leadingOptionFigure(config.options, side),
    gapFigure: (_config, item) => gapText(item, 1),
    divergenceSentence: (config, { it, marketing }) =>
      bothShown(it, marketing) ? optionsSentence(config.options, it, marketing) : null,
    summary: () => ({ rows: 'options' }),
  };
}

/** A published figure for options is a share of a side choosing one, listed beside the charts. */
export function optionsBenchmark<C extends OptionsConfig>(): KindBenchmark<C> {
  return { measure: () => 'leading-option-percent', shareOf: () => null, listed: true };
}

/** One simulated answer per item: an option drawn by how strongly the person reaches for each. */
export function demoPicks(
  options: readonly Option[],
  person: DemoPerson,
  claims: boolean,
  multiple: boolean,
): OptionsValue[] {
  return Array.from({ length: person.itemCount }, (_, i) => {
    const weights = options.map((option) => {
      // The item's own lean tips ownership towards the side that claims the area.
      const claim = claims ? person.itemClaim(option.id, i) : 0;
      return Math.exp(1.3 * person.optionLean(option.id) + claim + person.normal() * 0.2);
    });
    const picked = options[pickWeighted(weights, person.random)]!.id;
    if (multiple) {
      const second = options[pickWeighted(weights, person.random)]!.id;
      return second === picked ? [picked] : [picked, second];
    }
    return picked;
  });
}
