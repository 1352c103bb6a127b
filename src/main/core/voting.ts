import { ballotProblem, type BallotEntry } from '../../shared/ballot';
import type { Activity, Round, RoundStage } from '../../shared/domain';
import { stageOf, stagesOf } from '../../shared/kinds/stages';
import type { ActionItemInput } from '../../shared/live';
import { AppError } from '../../shared/result';
import type { Clock } from './clock';
import { writeTransaction, type Db } from './db/connection';
import type { Queries } from './db/queries';
import type { WorkshopService } from './workshops';

/** What the vote path needs of an open round, read once per round rather than once per ballot. */
interface OpenBallot {
  readonly round: Round;
  readonly activity: Activity;
}

/**
 * Rounds, ballots, notes and agreements. Every change here answers nothing about the room:
 * the live hub pushes what each screen may see once the change is committed.
 */
export function votingService(db: Db, queries: Queries, clock: Clock, workshops: WorkshopService) {
  // An activity's settings and items cannot change while a round is open on it (the agenda
  // refuses), so what a ballot is checked against can be kept for as long as the round is open.
  const openBallots = new Map<string, OpenBallot>();

  function requireActivity(activityId: string): Activity {
    const activity = queries.activities.get(activityId);
    if (!activity) throw new AppError('not-found', 'That activity is no longer on the agenda.');
    return activity;
  }

  function requireRound(roundId: string): { round: Round; activity: Activity } {
    const round = queries.rounds.get(roundId);
    if (!round) throw new AppError('not-found', 'That round no longer exists.');
    return { round, activity: requireActivity(round.activityId) };
  }

  function openBallot(roundId: string): OpenBallot {
    const round = queries.rounds.get(roundId);
    if (!round) throw new AppError('not-found', 'That round no longer exists.');
    if (round.status !== 'open') {
      openBallots.delete(roundId);
      throw new AppError('conflict', 'This round is closed: answers can no longer be given or changed.');
    }
    let cached = openBallots.get(roundId);
    if (!cached) {
      cached = { round, activity: requireActivity(round.activityId) };
      openBallots.set(roundId, cached);
    }
    return cached;
  }

  const recordBallot = writeTransaction(
    db,
    (roundId: string, participantId: string, entries: readonly BallotEntry[], byFacilitator: boolean): string => {
      const { round, activity } = openBallot(roundId);
      if (stageOf(activity.kind, round.stage)?.input === 'texts') {
        throw new AppError('conflict', 'This round collects written ideas: there is nothing to choose among yet.');
      }
      if (queries.session.currentActivity(activity.workshopId) !== activity.id) {
        throw new AppError('conflict', 'This activity is not the one the room is on.');
      }
      const participant = queries.participants.get(participantId);
      if (!participant || participant.workshopId !== activity.workshopId) {
        throw new AppError('invalid-input', 'That person is not a participant of this workshop.');
      }
      const problem = ballotProblem(activity.config, activity.items, entries);
      if (problem) {
        throw new AppError('invalid-input', problem.message, problem.itemId ? ['entries', problem.itemId] : undefined);
      }
      const now = clock.now();
      queries.votes.replaceBallot(roundId, participantId, entries, byFacilitator, now);
      return now;
    },
  );

  /** The stage a new round on the activity opens in, checked against its kind; null for a kind without stages. */
  function stageToOpen(activity: Activity, stage: RoundStage | null): RoundStage | null {
    const stages = stagesOf(activity.kind);
    if (stages === null) {
      if (stage !== null) throw new AppError('invalid-input', 'Rounds of this activity have no stages.');
      if (activity.items.length === 0) throw new AppError('conflict', 'This activity has no items to vote on.');
      return null;
    }
    const chosen = stageOf(activity.kind, stage);
    if (!chosen) {
      throw new AppError('invalid-input', `Choose what the round does: ${stages.map((s) => s.open).join(' or ')}.`);
    }
    if (activity.items.length < chosen.minItems) throw new AppError('conflict', chosen.needsItems);
    // Texts written once the room has voted would be ideas nobody could back in the rounds already held.
    if (
      chosen.input === 'texts' &&
      stages.some((s) => s.results && queries.ideas.votesInStage(activity.id, s.id) > 0)
    ) {
      throw new AppError(
        'conflict',
        'The room has already voted on these ideas, so no more can be collected: open another vote round instead.',
      );
    }
    return chosen.id;
  }

  const openRound = writeTransaction(
    db,
    (activityId: string, minutes: number | null, stage: RoundStage | null): Round => {
      const activity = requireActivity(activityId);
      const workshop = workshops.requireEditable(activity.workshopId);
      if (workshop.status === 'archived') throw new AppError('conflict', 'Unarchive this workshop to run it.');
      if (queries.rounds.openInWorkshop(workshop.id))
        throw new AppError('conflict', 'A round is already open. Close it first.');
      const opening = stageToOpen(activity, stage);
      if (queries.participants.listByWorkshop(workshop.id).length === 0) {
        throw new AppError('conflict', 'Add the participants before opening a round.');
      }
      const now = clock.now();
      const deadline = minutes === null ? null : new Date(Date.parse(now) + minutes * 60_000).toISOString();
      queries.session.setCurrentActivity(workshop.id, activityId, now);
      const round = queries.rounds.open(clock.newId(), activityId, now, deadline, opening);
      if (workshop.status === 'draft' || workshop.status === 'closed') {
        queries.workshops.setStatus(workshop.id, 'live', now);
      }
      return round;
    },
  );

  return {
    /** The round open anywhere in a workshop, if any. */
    openRoundOf: (workshopId: string): Round | null => queries.rounds.openInWorkshop(workshopId),
    /** The workshop a round belongs to. */
    workshopOfRound: (roundId: string): string => requireRound(roundId).activity.workshopId,
    setCurrentActivity(workshopId: string, activityId: string): void {
      workshops.requireEditable(workshopId);
      const activity = requireActivity(activityId);
      if (activity.workshopId !== workshopId)
        throw new AppError('invalid-input', 'That activity is in another workshop.');
      const open = queries.rounds.openInWorkshop(workshopId);
      if (open && open.activityId !== activityId) {
        throw new AppError('conflict', 'A round is open. Close it before moving to another activity.');
      }
      queries.session.setCurrentActivity(workshopId, activityId, clock.now());
    },
    /**
     * Opens a round on an activity, which becomes the current one; a second open round is
     * refused. A kind whose rounds come in stages is told which one.
     */
    openRound(activityId: string, minutes: number | null, stage: RoundStage | null = null): Round {
      return openRound(activityId, minutes, stage);
    },
    closeRound(roundId: string): void {
      const { round } = requireRound(roundId);
      openBallots.delete(round.id);
      if (!queries.rounds.close(round.id, clock.now())) throw new AppError('conflict', 'This round is not open.');
    },
    revealRound(roundId: string): void {
      const { round, activity } = requireRound(roundId);
      if (round.status === 'open') throw new AppError('conflict', 'Close the round before revealing it.');
      // A round that only feeds the results (ideas' collect round) is read alongside them, never shown alone.
      const stage = stageOf(activity.kind, round.stage);
      if (stage !== null && !stage.results) {
        const next = stagesOf(activity.kind)?.find((s) => s.results);
        throw new AppError(
          'conflict',
          `A ${stage.round} is never revealed on its own: open a ${next?.round ?? 'round'}, then reveal that.`,
        );
      }
      if (!queries.rounds.reveal(round.id, clock.now()))
        throw new AppError('conflict', 'This round is already revealed.');
    },
    /**
     * Commits a whole ballot before answering: an acknowledged vote is on disk. The write
     * lock is taken first, so a vote waits its turn behind another writer instead of failing.
     */
    recordBallot(roundId: string, participantId: string, entries: readonly BallotEntry[], byFacilitator: boolean) {
      return { recordedAt: recordBallot(roundId, participantId, entries, byFacilitator) };
    },
    /** Whether a person has answered in a round, never what. */
    hasVoted: (roundId: string, participantId: string): boolean =>
      queries.votes.voterIds(roundId).includes(participantId),
    /** The facilitator's note on an activity (or on the whole workshop), kept as one text. */
    saveNote(workshopId: string, activityId: string | null, body: string): void {
      workshops.requireEditable(workshopId);
      if (activityId !== null && requireActivity(activityId).workshopId !== workshopId) {
        throw new AppError('invalid-input', 'That activity is in another workshop.');
      }
      const existing = queries.notes.listByWorkshop(workshopId).find((n) => n.activityId === activityId);
      if (existing) queries.notes.update(existing.id, body, clock.now());
      else queries.notes.insert(clock.newId(), workshopId, activityId, body, clock.now());
    },
    addActionItem(workshopId: string, input: ActionItemInput): void {
      workshops.requireEditable(workshopId);
      if (input.activityId !== null && requireActivity(input.activityId).workshopId !== workshopId) {
        throw new AppError('invalid-input', 'That activity is in another workshop.');
      }
      queries.actionItems.insert(clock.newId(), workshopId, input, clock.now());
    },
    removeActionItem(id: string, workshopId: string): void {
      const item = queries.actionItems.listByWorkshop(workshopId).find((a) => a.id === id);
      if (!item) throw new AppError('not-found', 'That agreement is no longer there.');
      queries.actionItems.remove(id);
    },
    /** Rewords an agreement or action, or changes its owners and date; it keeps its place in the list. */
    updateActionItem(id: string, workshopId: string, input: ActionItemInput): void {
      workshops.requireEditable(workshopId);
      const item = queries.actionItems.listByWorkshop(workshopId).find((a) => a.id === id);
      if (!item) throw new AppError('not-found', 'That agreement is no longer there.');
      if (input.activityId !== null && requireActivity(input.activityId).workshopId !== workshopId) {
        throw new AppError('invalid-input', 'That activity is in another workshop.');
      }
      queries.actionItems.update(id, input);
    },
    /** Ends the session: no round may be open; the workshop is marked closed. */
    closeWorkshop(workshopId: string): void {
      workshops.requireEditable(workshopId);
      if (queries.rounds.openInWorkshop(workshopId)) {
        throw new AppError('conflict', 'Close the open round before ending the workshop.');
      }
      queries.workshops.setStatus(workshopId, 'closed', clock.now());
    },
  };
}

export type VotingService = ReturnType<typeof votingService>;
