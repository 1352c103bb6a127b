import { analyzeActivity, createRoster } from '../../shared/analytics';
import { ballotProblem, type BallotEntry } from '../../shared/ballot';
import type { Activity, Participant, Round, Workshop } from '../../shared/domain';
import type { ActionItemInput, LiveState, Progress, Voter } from '../../shared/live';
import { AppError } from '../../shared/result';
import type { Clock } from './clock';
import type { Db } from './db/connection';
import type { Queries } from './index';
import type { WorkshopService } from './workshops';

const toVoter = (p: Participant): Voter => ({ id: p.id, name: p.name, side: p.side });

export function votingService(db: Db, queries: Queries, clock: Clock, workshops: WorkshopService) {
  const openRoundInWorkshop = db.prepare<[string], { id: string }>(
    `SELECT r.id FROM rounds r JOIN activities a ON a.id = r.activity_id
      WHERE a.workshop_id = ? AND r.status = 'open' LIMIT 1`,
  );

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

  function openRoundOf(workshopId: string): Round | null {
    const row = openRoundInWorkshop.get(workshopId);
    return row ? (queries.rounds.get(row.id) ?? null) : null;
  }

  function progress(round: Round, participants: readonly Participant[]): Progress {
    const voted = new Set(queries.votes.voterIds(round.id));
    return {
      total: participants.length,
      voted: participants.filter((p) => voted.has(p.id)).map(toVoter),
      pending: participants.filter((p) => !voted.has(p.id)).map(toVoter),
    };
  }

  /** The current activity's results, computed over revealed rounds only. */
  function revealedResult(workshop: Workshop, participants: readonly Participant[], activity: Activity) {
    const rounds = queries.rounds.listByActivity(activity.id).filter((r) => r.status === 'revealed');
    if (rounds.length === 0) return null;
    return analyzeActivity(
      {
        id: activity.id,
        kind: activity.kind,
        title: activity.title,
        config: activity.config,
        items: activity.items.map((i) => ({ id: i.id, label: i.label, benchmark: i.benchmark })),
        rounds: rounds.map((r) => ({
          id: r.id,
          number: r.number,
          status: r.status,
          votes: queries.votes
            .listByRound(r.id)
            .map((v) => ({ participantId: v.participantId, itemId: v.itemId, value: v.value })),
        })),
      },
      { anonymous: workshop.anonymous, roster: createRoster(participants.map((p) => ({ id: p.id, side: p.side }))) },
    );
  }

  function state(workshopId: string): LiveState {
    const { workshop, participants, activities } = workshops.detail(workshopId);
    const stored = queries.session.currentActivity(workshopId);
    const currentActivityId = activities.some((a) => a.id === stored) ? stored : (activities[0]?.id ?? null);
    const current = activities.find((a) => a.id === currentActivityId) ?? null;
    const rounds = current ? queries.rounds.listByActivity(current.id) : [];
    const open = openRoundOf(workshopId);
    const shown = open ?? rounds.at(-1) ?? null;
    const stages: Record<string, { rounds: number; status: Round['status'] | null }> = {};
    for (const activity of activities) {
      const all = activity.id === current?.id ? rounds : queries.rounds.listByActivity(activity.id);
      stages[activity.id] = { rounds: all.length, status: all.at(-1)?.status ?? null };
    }
    return {
      workshop,
      participants: participants.map(toVoter),
      activities,
      currentActivityId,
      stages,
      rounds,
      openRound: open,
      progress: shown ? progress(shown, participants) : null,
      revealed: current ? revealedResult(workshop, participants, current) : null,
      notes: queries.notes.listByWorkshop(workshopId),
      actionItems: queries.actionItems.listByWorkshop(workshopId),
    };
  }

  const recordBallot = db.transaction(
    (roundId: string, participantId: string, entries: readonly BallotEntry[], byFacilitator: boolean): string => {
      const { round, activity } = requireRound(roundId);
      if (round.status !== 'open') {
        throw new AppError('conflict', 'This round is closed: answers can no longer be given or changed.');
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

  return {
    state,
    setCurrentActivity(workshopId: string, activityId: string): LiveState {
      workshops.requireEditable(workshopId);
      const activity = requireActivity(activityId);
      if (activity.workshopId !== workshopId)
        throw new AppError('invalid-input', 'That activity is in another workshop.');
      const open = openRoundOf(workshopId);
      if (open && open.activityId !== activityId) {
        throw new AppError('conflict', 'A round is open. Close it before moving to another activity.');
      }
      queries.session.setCurrentActivity(workshopId, activityId, clock.now());
      return state(workshopId);
    },
    /** Opens a round on an activity, which becomes the current one; a second open round is refused. */
    openRound: db.transaction((activityId: string, minutes: number | null): LiveState => {
      const activity = requireActivity(activityId);
      const workshop = workshops.requireEditable(activity.workshopId);
      if (workshop.status === 'archived') throw new AppError('conflict', 'Unarchive this workshop to run it.');
      const open = openRoundOf(workshop.id);
      if (open) throw new AppError('conflict', 'A round is already open. Close it first.');
      if (activity.items.length === 0) throw new AppError('conflict', 'This activity has no items to vote on.');
      if (queries.participants.listByWorkshop(workshop.id).length === 0) {
        throw new AppError('conflict', 'Add the participants before opening a round.');
      }
      const now = clock.now();
      const deadline = minutes === null ? null : new Date(Date.parse(now) + minutes * 60_000).toISOString();
      queries.session.setCurrentActivity(workshop.id, activityId, now);
      queries.rounds.open(clock.newId(), activityId, now, deadline);
      if (workshop.status === 'draft' || workshop.status === 'closed')
        queries.workshops.setStatus(workshop.id, 'live', now);
      return state(workshop.id);
    }),
    closeRound(roundId: string): LiveState {
      const { round, activity } = requireRound(roundId);
      if (!queries.rounds.close(round.id, clock.now())) throw new AppError('conflict', 'This round is not open.');
      return state(activity.workshopId);
    },
    revealRound(roundId: string): LiveState {
      const { round, activity } = requireRound(roundId);
      if (round.status === 'open') throw new AppError('conflict', 'Close the round before revealing it.');
      if (!queries.rounds.reveal(round.id, clock.now()))
        throw new AppError('conflict', 'This round is already revealed.');
      return state(activity.workshopId);
    },
    /** Commits a whole ballot before answering: an acknowledged vote is on disk. */
    recordBallot(roundId: string, participantId: string, entries: readonly BallotEntry[], byFacilitator: boolean) {
      return { recordedAt: recordBallot(roundId, participantId, entries, byFacilitator) };
    },
    /** A participant's own answers in an open round, so they can come back and change them. */
    ownBallot(roundId: string, participantId: string): BallotEntry[] {
      const { round } = requireRound(roundId);
      if (round.status !== 'open') throw new AppError('conflict', 'This round is closed.');
      return queries.votes
        .listByRound(roundId)
        .filter((v) => v.participantId === participantId)
        .map((v) => ({ itemId: v.itemId, value: v.value }));
    },
    /** The facilitator's note on an activity (or on the whole workshop), kept as one text. */
    saveNote(workshopId: string, activityId: string | null, body: string): LiveState {
      workshops.requireEditable(workshopId);
      if (activityId !== null && requireActivity(activityId).workshopId !== workshopId) {
        throw new AppError('invalid-input', 'That activity is in another workshop.');
      }
      const existing = queries.notes.listByWorkshop(workshopId).find((n) => n.activityId === activityId);
      if (existing) queries.notes.update(existing.id, body, clock.now());
      else queries.notes.insert(clock.newId(), workshopId, activityId, body, clock.now());
      return state(workshopId);
    },
    addActionItem(workshopId: string, input: ActionItemInput): LiveState {
      workshops.requireEditable(workshopId);
      if (input.activityId !== null && requireActivity(input.activityId).workshopId !== workshopId) {
        throw new AppError('invalid-input', 'That activity is in another workshop.');
      }
      queries.actionItems.insert(clock.newId(), workshopId, input, clock.now());
      return state(workshopId);
    },
    removeActionItem(id: string, workshopId: string): LiveState {
      const item = queries.actionItems.listByWorkshop(workshopId).find((a) => a.id === id);
      if (!item) throw new AppError('not-found', 'That agreement is no longer there.');
      queries.actionItems.remove(id);
      return state(workshopId);
    },
    /** Rewords an agreement or action, or changes its owners and date; it keeps its place in the list. */
    updateActionItem(id: string, workshopId: string, input: ActionItemInput): LiveState {
      workshops.requireEditable(workshopId);
      const item = queries.actionItems.listByWorkshop(workshopId).find((a) => a.id === id);
      if (!item) throw new AppError('not-found', 'That agreement is no longer there.');
      if (input.activityId !== null && requireActivity(input.activityId).workshopId !== workshopId) {
        throw new AppError('invalid-input', 'That activity is in another workshop.');
      }
      queries.actionItems.update(id, input);
      return state(workshopId);
    },
    /** Ends the session: no round may be open; the workshop is marked closed. */
    closeWorkshop(workshopId: string): LiveState {
      workshops.requireEditable(workshopId);
      if (openRoundOf(workshopId)) throw new AppError('conflict', 'Close the open round before ending the workshop.');
      queries.workshops.setStatus(workshopId, 'closed', clock.now());
      return state(workshopId);
    },
  };
}

export type VotingService = ReturnType<typeof votingService>;
