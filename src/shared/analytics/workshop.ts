import { compareWithBenchmarks } from './benchmark';
import { compareRounds } from './convergence';
import { analyzeRound, type RoundContext } from './round';
import { createRoster } from './sides';
import { meanOfKnown } from './stats';
import type {
  ActivityResult,
  AnalysisActivity,
  AnalysisInput,
  AnalysisOptions,
  DivergenceEntry,
  WorkshopAnalysis,
} from './types';

export const DEFAULT_TOP_DIVERGENCES = 10;

/** Every round of one activity, the first-to-latest convergence and the benchmark comparison. */
export function analyzeActivity(activity: AnalysisActivity, context: RoundContext): ActivityResult {
  const rounds = [...activity.rounds]
    .sort((a, b) => a.number - b.number)
    .map((round) => analyzeRound(activity, round, context));
  const first = rounds[0];
  const latest = rounds.at(-1) ?? null;
  return {
    activityId: activity.id,
    kind: activity.config.kind,
    title: activity.title,
    rounds,
    latest,
    convergence:
      first !== undefined && latest !== null && rounds.length > 1 ? compareRounds(activity.id, first, latest) : null,
    benchmarks: compareWithBenchmarks(activity, latest),
  };
}

/**
 * The items whose two sides are furthest apart in the latest round of each activity,
 * largest divergence first; ties keep agenda order.
 */
export function topDivergences(
  activities: readonly ActivityResult[],
  limit = DEFAULT_TOP_DIVERGENCES,
): DivergenceEntry[] {
  const entries: DivergenceEntry[] = [];
  for (const activity of activities) {
    const round = activity.latest;
    if (round === null) continue;
    for (const item of round.items) {
      if (item.divergence === null) continue;
      entries.push({
        activityId: activity.activityId,
        activityTitle: activity.title,
        kind: activity.kind,
        roundNumber: round.roundNumber,
        itemId: item.itemId,
        label: item.label,
        divergence: item.divergence,
        gap: item.gap,
        disconnect: item.disconnect,
      });
    }
  }
  // Array.prototype.sort is stable, so equal divergences stay in agenda order.
  return entries.sort((a, b) => b.divergence - a.divergence).slice(0, Math.max(0, limit));
}

/**
 * 100 × (1 − the mean over activities of the mean item divergence in the latest round).
 * Each activity weighs the same, whatever its number of items; 100 when the two sides
 * answer identically, 0 when they are as far apart as the answers allow on every item.
 */
export function alignmentIndex(activities: readonly ActivityResult[]): number | null {
  const divergence = meanOfKnown(activities.map((activity) => activity.latest?.divergence ?? null));
  return divergence === null ? null : 100 * (1 - divergence);
}

/** The whole divergence analysis of a workshop: pure, and linear in the number of votes. */
export function analyze(input: AnalysisInput, options: AnalysisOptions = {}): WorkshopAnalysis {
  const context: RoundContext = { roster: createRoster(input.participants), anonymous: input.anonymous };
  const activities = input.activities.map((activity) => analyzeActivity(activity, context));
  return {
    anonymous: input.anonymous,
    activities,
    topDivergences: topDivergences(activities, options.topDivergenceLimit),
    alignmentIndex: alignmentIndex(activities),
  };
}
