import { meanOfKnown } from './stats';
import type { ItemResult, PredictionReading, RoundResult, SideReading } from './types';

/**
 * Within this share of the answer range a side's mean error reads as "about right", and
 * two sides' errors as even: on a 0–100% question, 2.5 points.
 */
export const READING_TOLERANCE = 0.025;

function sideReading(
  items: readonly ItemResult[],
  error: (item: ItemResult) => number | null | undefined,
  absolute: (item: ItemResult) => number | null | undefined,
  range: number | null,
): SideReading {
  const scored = items.filter((item) => error(item) != null && absolute(item) != null);
  const meanError = meanOfKnown(scored.map((item) => error(item)!));
  const meanAbsoluteError = meanOfKnown(scored.map((item) => absolute(item)!));
  const tolerance = range === null ? 0 : READING_TOLERANCE * range;
  return {
    items: scored.length,
    meanError,
    meanAbsoluteError,
    relativeError: meanAbsoluteError === null || range === null ? null : meanAbsoluteError / range,
    direction:
      meanError === null
        ? null
        : meanError > tolerance
          ? 'overestimates'
          : meanError < -tolerance
            ? 'underestimates'
            : 'about right',
  };
}

/**
 * How well each side read the other in a prediction round: its mean error (direction)
 * and how far its voters' guesses were from the other side's mean answer (accuracy), over
 * the items where both sides are shown. The side with the smaller mean absolute error read
 * the other best.
 */
export function predictionReading(round: RoundResult | null, range: number | null): PredictionReading | null {
  if (round === null) return null;
  const it = sideReading(
    round.items,
    (item) => item.prediction?.itError,
    (item) => item.prediction?.itAbsoluteError,
    range,
  );
  const marketing = sideReading(
    round.items,
    (item) => item.prediction?.marketingError,
    (item) => item.prediction?.marketingAbsoluteError,
    range,
  );
  const tolerance = range === null ? 0 : READING_TOLERANCE * range;
  let readBest: PredictionReading['readBest'] = null;
  if (it.meanAbsoluteError !== null && marketing.meanAbsoluteError !== null) {
    const difference = it.meanAbsoluteError - marketing.meanAbsoluteError;
    readBest = Math.abs(difference) <= tolerance ? 'even' : difference < 0 ? 'it' : 'marketing';
  }
  return { it, marketing, readBest };
}
