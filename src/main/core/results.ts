import { analyze, type AnalysisInput, type WorkshopAnalysis } from '../../shared/analytics';
import type { Queries } from './index';
import type { WorkshopService } from './workshops';

/** The workshop as the analytics read it: who is on which side, and every round's votes. */
export function analysisInputFor(queries: Queries, workshops: WorkshopService, workshopId: string): AnalysisInput {
  const { workshop, participants, activities } = workshops.detail(workshopId);
  return {
    anonymous: workshop.anonymous,
    participants: participants.map((p) => ({ id: p.id, side: p.side })),
    activities: activities.map((activity) => ({
      id: activity.id,
      kind: activity.kind,
      title: activity.title,
      config: activity.config,
      items: activity.items.map((item) => ({ id: item.id, label: item.label, benchmark: item.benchmark })),
      rounds: queries.rounds.listByActivity(activity.id).map((round) => ({
        id: round.id,
        number: round.number,
        status: round.status,
        votes: queries.votes
          .listByRound(round.id)
          .map((vote) => ({ participantId: vote.participantId, itemId: vote.itemId, value: vote.value })),
      })),
    })),
  };
}

export interface WorkshopResults {
  readonly input: AnalysisInput;
  readonly analysis: WorkshopAnalysis;
}

export function resultsFor(queries: Queries, workshops: WorkshopService, workshopId: string): WorkshopResults {
  const input = analysisInputFor(queries, workshops, workshopId);
  return { input, analysis: analyze(input) };
}
