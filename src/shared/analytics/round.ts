import type { Side, VoteValue } from '../domain';
import { analyzeCategorical } from './categorical';
import { analyzeNumeric } from './numeric';
import { analyzePrediction } from './prediction';
import { bySide, type ItemAnswers, type KindContext } from './sides';
import { meanOfKnown } from './stats';
import type { AnalysisActivity, AnalysisRound, ItemResult, RankingAgreement, RoundResult } from './types';
import { isCategoricalConfig, isNumericConfig } from './votes';

export interface RoundContext {
  /** Each participant's side; votes from anyone else are not counted. */
  readonly sideOf: ReadonlyMap<string, Side>;
  readonly anonymous: boolean;
}

/**
 * One round of one activity: per item and side n, mean, median and sd, the gap and Hedges'
 * g, and what the kind adds (shares and disconnect, top-2-box, guesses, rank agreement).
 * Linear in the number of votes.
 */
export function analyzeRound(activity: AnalysisActivity, round: AnalysisRound, context: RoundContext): RoundResult {
  const { config } = activity;
  const itemIndex = new Map<string, number>();
  activity.items.forEach((item, i) => itemIndex.set(item.id, i));

  // One answer per participant and item: if a vote was recorded twice, the last one counts.
  const answers = activity.items.map(() => new Map<string, VoteValue>());
  for (const vote of round.votes) {
    const i = itemIndex.get(vote.itemId);
    if (i !== undefined && context.sideOf.has(vote.participantId)) answers[i]!.set(vote.participantId, vote.value);
  }
  const items: ItemAnswers[] = activity.items.map((item, i) => ({ item, answers: answers[i]! }));

  const voters = bySide(() => new Set<string>());
  const kindContext: KindContext = {
    ...context,
    countVoter: (participantId, side) => voters[side].add(participantId),
  };

  let results: ItemResult[];
  let ranking: RankingAgreement | null = null;
  if (isCategoricalConfig(config)) {
    results = analyzeCategorical(config, items, kindContext);
  } else if (isNumericConfig(config)) {
    ({ items: results, ranking } = analyzeNumeric(config, items, kindContext));
  } else {
    results = analyzePrediction(config, items, kindContext);
  }

  return {
    roundId: round.id,
    roundNumber: round.number,
    status: round.status,
    voters: {
      it: voters.it.size,
      marketing: voters.marketing.size,
      other: voters.other.size,
      total: voters.it.size + voters.marketing.size + voters.other.size,
    },
    items: results,
    ranking,
    divergence: meanOfKnown(results.map((result) => result.divergence)),
  };
}
