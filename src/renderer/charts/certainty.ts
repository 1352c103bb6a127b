import {
  VERDICT_WORDS,
  type GapCertainty,
  type GapVerdict,
  type Interval,
  type ItemResult,
} from '../../shared/analytics';

/** How sure a gap is, as a chart shows it: the interval in the chart's units and the verdict. */
export interface GapSureness {
  readonly interval: Interval | null;
  readonly verdict: GapVerdict;
  /** "clear gap", "likely gap", "could be chance with this few voters", "too few voters to say". */
  readonly words: string;
  /** The same in a few words, for the narrow gap column: "could be chance". */
  readonly short: string;
}

const SHORT_WORDS: Readonly<Record<GapVerdict, string>> = {
  'clear-gap': 'clear gap',
  'likely-gap': 'likely gap',
  'could-be-chance': 'could be chance',
  'too-few-voters': 'too few to say',
};

export const scaleInterval = (interval: Interval | null, factor: number): Interval | null =>
  interval === null ? null : { low: interval.low * factor, high: interval.high * factor };

export function sureness(certainty: GapCertainty | null | undefined, factor = 1): GapSureness | null {
  if (!certainty) return null;
  return {
    interval: scaleInterval(certainty.interval, factor),
    verdict: certainty.verdict,
    words: VERDICT_WORDS[certainty.verdict],
    short: SHORT_WORDS[certainty.verdict],
  };
}

export const splitSides = (item: ItemResult) => ({
  it: item.dissent?.it?.split ?? false,
  marketing: item.dissent?.marketing?.split ?? false,
});

/** A side's figure with the word "split" when the side is itself divided on the item. */
export const withSplit = (text: string, split: boolean) => (split ? `${text} · split` : text);
