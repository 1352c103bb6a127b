import { compareWithBenchmarks } from './benchmark';
import { adjustCertainties, VERDICT_WORDS } from './certainty';
import { compareRounds } from './convergence';
import { predictionReading } from './reading';
import { stageOf, stagesOf, type KindStage } from '../kinds/stages';
import { analyzeRound, type RoundContext } from './round';
import { createRoster } from './sides';
import { meanOfKnown } from './stats';
import type {
  ActivityResult,
  AnalysisActivity,
  AnalysisInput,
  AnalysisRound,
  AnalysisOptions,
  DivergenceEntry,
  GapVerdict,
  ItemResult,
  RoundResult,
  WorkshopAnalysis,
} from './types';
import { answerRange, kindOf } from '../kinds';

export const DEFAULT_TOP_DIVERGENCES = 10;

/** Every round of one activity, the first-to-latest convergence and the benchmark comparison. */
export function analyzeActivity(activity: AnalysisActivity, context: RoundContext): ActivityResult {
  const rounds = resultRounds(activity, context);
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
    reading: kindOf(activity.config).adds?.reading
      ? predictionReading(latest, answerRange(activity.config, activity.items.length))
      : null,
  };
}

/**
 * Every round whose results the activity shows, in ascending number. For a kind whose
 * rounds come in stages, a stage that only feeds the results (ideas' collect rounds) is
 * analysed once, its rounds together, and read alongside each results round.
 */
function resultRounds(activity: AnalysisActivity, context: RoundContext): RoundResult[] {
  const sorted = [...activity.rounds].sort((a, b) => a.number - b.number);
  if (stagesOf(activity.config.kind) === null) return sorted.map((round) => analyzeRound(activity, round, context));
  const feeding = new Map<KindStage, AnalysisRound[]>();
  const shown: AnalysisRound[] = [];
  for (const round of sorted) {
    const stage = stageOf(activity.config.kind, round.stage);
    if (stage === null || stage.results) shown.push(round);
    else feeding.set(stage, [...(feeding.get(stage) ?? []), round]);
  }
  let rounds = shown.map((round) => analyzeRound(activity, round, context));
  for (const [stage, fed] of feeding) {
    const read = stage.readAlongside;
    if (!read || rounds.length === 0) continue;
    const together = analyzeRound(activity, { ...fed[0]!, votes: fed.flatMap((round) => round.votes) }, context);
    rounds = rounds.map((round) => read(round, together));
  }
  return rounds;
}

/**
 * The latest round of every activity with its p-values adjusted across the whole
 * workshop (Benjamini–Hochberg over every gap tested in those rounds), so a room that
 * asks forty questions is not told that the one in twenty that differs by chance is a gap.
 */
function adjustAcrossWorkshop(activities: readonly ActivityResult[]): ActivityResult[] {
  const family = activities.flatMap((activity) =>
    (activity.latest?.items ?? []).flatMap((item) =>
      item.top2Certainty ? [item.certainty, item.top2Certainty] : [item.certainty],
    ),
  );
  const adjusted = adjustCertainties(family);
  let next = 0;
  return activities.map((activity) => {
    if (activity.latest === null) return activity;
    const items = activity.latest.items.map((item): ItemResult => ({
      ...item,
      certainty: adjusted[next++]!,
      top2Certainty: item.top2Certainty ? adjusted[next++]! : null,
    }));
    const latest: RoundResult = { ...activity.latest, items };
    return { ...activity, rounds: [...activity.rounds.slice(0, -1), latest], latest };
  });
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
        certainty: item.certainty,
        split: { it: item.dissent?.it?.split ?? false, marketing: item.dissent?.marketing?.split ?? false },
      });
    }
  }
  // Array.prototype.sort is stable, so equal divergences stay in agenda order.
  return entries.sort((a, b) => b.divergence - a.divergence).slice(0, Math.max(0, limit));
}

const VERDICT_RANK: Readonly<Record<GapVerdict, number>> = {
  'clear-gap': 0,
  'likely-gap': 1,
  'could-be-chance': 2,
  'too-few-voters': 3,
};

/**
 * The same entries ranked by how sure the room can be of them: clear gaps first, then
 * likely ones, then the rest; within a verdict by adjusted p (smallest first), then by
 * divergence (largest first).
 */
export function surestDivergences(
  activities: readonly ActivityResult[],
  limit = DEFAULT_TOP_DIVERGENCES,
): DivergenceEntry[] {
  return bySureness(topDivergences(activities, Infinity), limit);
}

/** Entries already in divergence order, re-ranked by certainty; see `surestDivergences`. */
function bySureness(entries: DivergenceEntry[], limit: number): DivergenceEntry[] {
  const rank = (entry: DivergenceEntry) => VERDICT_RANK[entry.certainty.verdict];
  return entries
    .sort(
      (a, b) =>
        rank(a) - rank(b) || (a.certainty.adjustedP ?? 1) - (b.certainty.adjustedP ?? 1) || b.divergence - a.divergence,
    )
    .slice(0, Math.max(0, limit));
}

/** "clear gap", "likely gap", "could be chance with this few voters", "too few voters to say". */
export const verdictWords = (verdict: GapVerdict): string => VERDICT_WORDS[verdict];

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
  const context: RoundContext = {
    roster: createRoster(input.participants),
    anonymous: input.anonymous,
    dissentThreshold: input.dissentThreshold,
  };
  const activities = adjustAcrossWorkshop(input.activities.map((activity) => analyzeActivity(activity, context)));
  const limit = Math.max(0, options.topDivergenceLimit ?? DEFAULT_TOP_DIVERGENCES);
  const entries = topDivergences(activities, Infinity);
  return {
    anonymous: input.anonymous,
    activities,
    topDivergences: entries.slice(0, limit),
    alignmentIndex: alignmentIndex(activities),
    surestDivergences: bySureness([...entries], limit),
  };
}
