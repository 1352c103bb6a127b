import type { AnalysisInput } from '../../../shared/analytics';
import type { RoundStatus } from '../../../shared/domain';

/** A round the room has voted in (or is voting in) but whose results are not revealed yet. */
export interface PendingRound {
  readonly number: number;
  readonly status: Exclude<RoundStatus, 'revealed'>;
  /** How many have voted, never what they answered. */
  readonly voters: number;
}

/** Whether anyone has voted on anything in the workshop. */
export function hasVotes(input: AnalysisInput): boolean {
  return input.activities.some((activity) => activity.rounds.some((round) => round.votes.length > 0));
}

/**
 * The workshop as the shared screen may show it: only revealed rounds, unless the
 * facilitator asks to see the others too. Rounds without a single vote are left out
 * either way, so an opened but unanswered re-vote does not blank a chart.
 */
export function shownInput(input: AnalysisInput, includeUnrevealed: boolean): AnalysisInput {
  return {
    ...input,
    activities: input.activities.map((activity) => ({
      ...activity,
      rounds: activity.rounds.filter(
        (round) => round.votes.length > 0 && (includeUnrevealed || round.status === 'revealed'),
      ),
    })),
  };
}

/** For each activity whose latest round is not revealed: that round. */
export function pendingRounds(input: AnalysisInput): ReadonlyMap<string, PendingRound> {
  const pending = new Map<string, PendingRound>();
  for (const activity of input.activities) {
    const latest = [...activity.rounds].sort((a, b) => b.number - a.number)[0];
    if (!latest || latest.status === 'revealed') continue;
    pending.set(activity.id, {
      number: latest.number,
      status: latest.status,
      voters: new Set(latest.votes.map((vote) => vote.participantId)).size,
    });
  }
  return pending;
}
