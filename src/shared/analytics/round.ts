import type { VoteValue } from '../domain';
import { analyzeKind } from '../kinds';
import { analyzeCategorical } from './categorical';
import { analyzeMatrix } from './matrix';
import { analyzeNumeric } from './numeric';
import { analyzePrediction } from './prediction';
import { adjustCertainties } from './certainty';
import { DEFAULT_DISSENT_THRESHOLD } from './dissent';
import type { ItemAnswers, KindAnalyses, KindContext, Roster } from './sides';
import { meanOfKnown } from './stats';
import type { AnalysisActivity, AnalysisRound, ItemResult, RankingAgreement, RoundResult } from './types';

/** The shared analyses every kind builds its own on, handed to it with the round. */
export const KIND_ANALYSES: KindAnalyses = {
  numeric: analyzeNumeric,
  categorical: analyzeCategorical,
  prediction: analyzePrediction,
  matrix: analyzeMatrix,
};

export interface RoundContext {
  /** The workshop's participants; votes from anyone else are not counted. */
  readonly roster: Roster;
  readonly anonymous: boolean;
  /** The spread from which a side counts as split; `DEFAULT_DISSENT_THRESHOLD` unless given. */
  readonly dissentThreshold?: number;
}

/**
 * One round of one activity: per item and side n, mean, median and sd, the gap and Hedges'
 * g, and what the kind adds (shares and disconnect, top-2-box, guesses, rank agreement).
 * Linear in the number of votes.
 */
export function analyzeRound(activity: AnalysisActivity, round: AnalysisRound, context: RoundContext): RoundResult {
  const { config } = activity;
  const { roster } = context;
  const itemIndex = new Map<string, number>();
  activity.items.forEach((item, i) => itemIndex.set(item.id, i));

  // One answer per participant and item: if a vote was recorded twice, the last one counts.
  const answers = activity.items.map(() => new Array<VoteValue | undefined>(roster.sides.length));
  for (const vote of round.votes) {
    const i = itemIndex.get(vote.itemId);
    const p = roster.indexOf.get(vote.participantId);
    if (i !== undefined && p !== undefined) answers[i]![p] = vote.value;
  }
  const items: ItemAnswers[] = activity.items.map((item, i) => ({ item, answers: answers[i]! }));

  const counted = new Uint8Array(roster.sides.length);
  const kindContext: KindContext = {
    analyses: KIND_ANALYSES,
    sides: roster.sides,
    anonymous: context.anonymous,
    countVoter: (p) => (counted[p] = 1),
    dissentThreshold: context.dissentThreshold ?? DEFAULT_DISSENT_THRESHOLD,
  };

  const analysis = analyzeKind(config, items, kindContext);
  const ranking: RankingAgreement | null = analysis.ranking ?? null;
  const results = withAdjustedCertainties(analysis.items);

  const voters = { it: 0, marketing: 0, other: 0, total: 0 };
  counted.forEach((flag, p) => {
    if (flag === 0) return;
    voters[roster.sides[p]!]++;
    voters.total++;
  });

  return {
    roundId: round.id,
    roundNumber: round.number,
    status: round.status,
    voters,
    items: results,
    ranking,
    divergence: meanOfKnown(results.map((result) => result.divergence)),
  };
}

/**
 * The items with their gaps' p-values adjusted as one family (Benjamini–Hochberg): every
 * item's main gap and, for likert, its top-2-box gap. `analyze` adjusts the latest rounds
 * again, across the whole workshop.
 */
export function withAdjustedCertainties(items: readonly ItemResult[]): ItemResult[] {
  const family = items.flatMap((item) =>
    item.top2Certainty ? [item.certainty, item.top2Certainty] : [item.certainty],
  );
  const adjusted = adjustCertainties(family);
  let next = 0;
  return items.map((item) => {
    const certainty = adjusted[next++]!;
    const top2Certainty = item.top2Certainty ? adjusted[next++]! : null;
    return { ...item, certainty, top2Certainty };
  });
}
