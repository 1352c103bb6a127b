import {
  type ItemAnswers,
  type KindContext,
  bySide,
  divergenceOf,
  everyone,
  gapOf,
  hiddenSide,
  itemResult,
  plainSide,
  sizes,
  visibility,
} from './sides';
import { meanGapCertainty } from './numeric';
import { EMPTY_SUMMARY, hedgesG, summarize } from './stats';
import type { ItemResult, SideResult } from './types';
import type { AnswerBounds } from '../kinds/types';
import { rangeOf, readPrediction } from './votes';

function predictionSide(own: readonly number[], guess: readonly number[], hidden: boolean): SideResult {
  if (hidden) return hiddenSide(own.length);
  return { ...plainSide(summarize(own)), guess: own.length === 0 ? EMPTY_SUMMARY : summarize(guess) };
}

/** Mean |guess − target| over a side's voters. */
function meanDistance(guesses: readonly number[], target: number): number {
  let sum = 0;
  for (const guess of guesses) sum += Math.abs(guess - target);
  return sum / guesses.length;
}

/**
 * Prediction: the per-side statistics are of each voter's own answer; each side's guesses
 * of the other side are summarised beside them and scored against the other side's
 * actual mean.
 */
export function analyzePrediction(
  items: readonly ItemAnswers[],
  context: KindContext,
  bounds: AnswerBounds | null,
): ItemResult[] {
  const range = rangeOf(bounds);
  return items.map(({ item, answers }) => {
    const own = bySide((): number[] => []);
    const guess = bySide((): number[] => []);
    answers.forEach((value, p) => {
      const answer = value === undefined ? null : readPrediction(bounds, value);
      if (answer === null) return;
      const side = context.sides[p]!;
      own[side].push(answer.own);
      guess[side].push(answer.guess);
      context.countVoter(p);
    });
    const hidden = visibility(context.anonymous, sizes(own));
    const it = predictionSide(own.it, guess.it, hidden.it);
    const marketing = predictionSide(own.marketing, guess.marketing, hidden.marketing);
    // A guess is of "the other side", which an observer does not have: the room reports own answers only.
    const room = hidden.room ? hiddenSide(everyone(own).length) : plainSide(summarize(everyone(own)));
    const gap = gapOf(it, marketing);
    const itGuessOfMarketing = it.guess?.mean ?? null;
    const marketingGuessOfIt = marketing.guess?.mean ?? null;
    const itAbsoluteError =
      itGuessOfMarketing === null || marketing.mean === null ? null : meanDistance(guess.it, marketing.mean);
    const marketingAbsoluteError =
      marketingGuessOfIt === null || it.mean === null ? null : meanDistance(guess.marketing, it.mean);
    return {
      ...itemResult(item, it, marketing, room),
      gap,
      hedgesG: hedgesG(it, marketing),
      prediction: {
        itGuessOfMarketing,
        marketingGuessOfIt,
        itError: itGuessOfMarketing === null || marketing.mean === null ? null : itGuessOfMarketing - marketing.mean,
        marketingError: marketingGuessOfIt === null || it.mean === null ? null : marketingGuessOfIt - it.mean,
        itAbsoluteError,
        marketingAbsoluteError,
      },
      divergence: divergenceOf(gap, range),
      certainty: meanGapCertainty(own.it, own.marketing, hidden, gap),
    };
  });
}
