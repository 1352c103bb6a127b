import type { BenchmarkComparison } from '../../../shared/analytics';
import type { ActivityConfig } from '../../../shared/domain';
import * as figures from '../../../shared/figures';
import { optionsOf } from '../../../shared/options';

type Shares = Readonly<Record<string, number>>;

function sharesInWords(shares: Shares, config: ActivityConfig, unit: string): string {
  return optionsOf(config)
    .filter((o) => shares[o.id] !== undefined)
    .map((o) => `${figures.number(shares[o.id]!)}${unit} ${o.label}`)
    .join(', ');
}

/**
 * The published figures for an item in one sentence, in the source's own unit: a
 * distribution over the options where the source gives one, each side's figure and the
 * overall one otherwise.
 */
export function publishedSentence(comparison: BenchmarkComparison, config: ActivityConfig): string {
  const { unit } = comparison;
  const figure = (value: number) =>
    comparison.measure === 'aggregate-position'
      ? `rank it ${figures.position(value)}`
      : `${figures.number(value)}${unit}`;
  const parts: string[] = [];
  const cio = comparison.distribution?.cio;
  const cmo = comparison.distribution?.cmo;
  if (cio) parts.push(`CIOs ${sharesInWords(cio, config, unit)}`);
  else if (comparison.it.benchmark !== null) parts.push(`CIOs ${figure(comparison.it.benchmark)}`);
  if (cmo) parts.push(`CMOs ${sharesInWords(cmo, config, unit)}`);
  else if (comparison.marketing.benchmark !== null) {
    parts.push(`CMOs ${figure(comparison.marketing.benchmark)}`);
  }
  if (comparison.overall?.benchmark != null) {
    parts.push(`both sides together ${figure(comparison.overall.benchmark)}`);
  }
  return `${parts.join('; ')}.`;
}
