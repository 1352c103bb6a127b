import { analyze, type AnalysisActivity, type AnalysisInput, type WorkshopAnalysis } from '../../shared/analytics';
import type { Activity, Round } from '../../shared/domain';
import { stageOf } from '../../shared/kinds/stages';
import { agendaActivity, type PendingRound, type ResultsView } from '../../shared/live';
import type { Queries } from './db/queries';
import type { WorkshopService } from './workshops';

/** Which rounds of an activity an analysis reads; every round unless told. */
export type RoundFilter = (round: Round, voters: number) => boolean;

const everyRound: RoundFilter = () => true;

/**
 * The one mapping from a stored activity to what the analytics read. Live state, the
 * Results tab and the report all go through it.
 */
export function analysisActivityOf(queries: Queries, activity: Activity, keep: RoundFilter = everyRound) {
  const rounds = queries.rounds.listByActivity(activity.id).flatMap((round) => {
    const votes = queries.votes.listByRound(round.id);
    const voters = new Set(votes.map((vote) => vote.participantId)).size;
    // A stage that feeds the results (ideas' collect rounds) is read alongside them once closed.
    const feeds = stageOf(activity.kind, round.stage)?.results === false && round.status !== 'open';
    if (!keep(round, voters) && !feeds) return [];
    return [
      {
        id: round.id,
        number: round.number,
        status: round.status,
        stage: round.stage,
        votes: votes.map((vote) => ({ participantId: vote.participantId, itemId: vote.itemId, value: vote.value })),
      },
    ];
  });
  return { ...agendaActivity(activity), rounds } satisfies AnalysisActivity;
}

/** The workshop as the analytics read it: who is on which side, and the rounds' votes. */
export function analysisInputFor(
  queries: Queries,
  workshops: WorkshopService,
  workshopId: string,
  keep: RoundFilter = everyRound,
): AnalysisInput {
  const { workshop, participants, activities } = workshops.detail(workshopId);
  return {
    anonymous: workshop.anonymous,
    participants: participants.map((p) => ({ id: p.id, side: p.side })),
    activities: activities.map((activity) => analysisActivityOf(queries, activity, keep)),
  };
}

export interface WorkshopResults {
  readonly input: AnalysisInput;
  readonly analysis: WorkshopAnalysis;
}

export function resultsFor(
  queries: Queries,
  workshops: WorkshopService,
  workshopId: string,
  keep: RoundFilter = everyRound,
): WorkshopResults {
  const input = analysisInputFor(queries, workshops, workshopId, keep);
  return { input, analysis: analyze(input) };
}

/**
 * The rounds a screen may show: revealed ones, or, when the facilitator asks, every round.
 * A round nobody voted in is left out either way, so an opened but unanswered re-vote does
 * not blank a chart.
 */
export const shownRounds =
  (includeUnrevealed: boolean): RoundFilter =>
  (round, voters) =>
    voters > 0 && (includeUnrevealed || round.status === 'revealed');

/** The Results tab: the core's analysis and the agenda, never a vote. */
export function resultsView(
  queries: Queries,
  workshops: WorkshopService,
  workshopId: string,
  includeUnrevealed: boolean,
  version: number,
): ResultsView {
  const { activities } = workshops.detail(workshopId);
  const { analysis } = resultsFor(queries, workshops, workshopId, shownRounds(includeUnrevealed));
  const pending: Record<string, PendingRound> = {};
  let hasVotes = false;
  for (const activity of activities) {
    const rounds = queries.rounds.listByActivity(activity.id);
    const voters = rounds.map((round) => queries.votes.voterIds(round.id).length);
    if (voters.some((n) => n > 0)) hasVotes = true;
    const latest = rounds.at(-1);
    if (latest && latest.status !== 'revealed') {
      pending[activity.id] = { number: latest.number, status: latest.status, voters: voters.at(-1) ?? 0 };
    }
  }
  return {
    version,
    includeUnrevealed,
    hasVotes,
    activities: activities.map(agendaActivity),
    analysis,
    pending,
  };
}

/** The analysis of a workshop's votes, for the Results tab, the report and tests. */
export function resultsService(queries: Queries, workshops: WorkshopService) {
  return {
    /** The workshop as the analytics read it, with the rounds `keep` lets through (every round unless told). */
    input: (workshopId: string, keep?: RoundFilter) => analysisInputFor(queries, workshops, workshopId, keep),
    /** The analysis input and its analysis. */
    of: (workshopId: string, keep?: RoundFilter) => resultsFor(queries, workshops, workshopId, keep),
    /** The Results tab's view: revealed rounds, or every round when the facilitator asks. */
    view: (workshopId: string, includeUnrevealed: boolean, version: number) =>
      resultsView(queries, workshops, workshopId, includeUnrevealed, version),
  };
}
