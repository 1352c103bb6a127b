import { analyzeActivity, createRoster } from '../../../shared/analytics';
import type { Activity, Participant, Round } from '../../../shared/domain';
import {
  agendaActivity,
  type BallotView,
  type FacilitatorView,
  type Progress,
  type RoomView,
  type RoundView,
  type Voter,
} from '../../../shared/live';
import { stageOf, stagesOf } from '../../../shared/kinds/stages';
import type { Queries } from '../db/queries';
import { analysisActivityOf } from '../results';
import type { WorkshopService } from '../workshops';

const toVoter = (p: Participant): Voter => ({ id: p.id, name: p.name, side: p.side });

const toRoundView = (round: Round): RoundView => ({
  id: round.id,
  activityId: round.activityId,
  number: round.number,
  status: round.status,
  stage: round.stage,
  deadlineAt: round.deadlineAt,
});

/** What every projection adds to the room as stored: the version and the projector's page. */
export interface Extras {
  readonly version: number;
  readonly page: number;
}

/**
 * What each audience may see of a workshop, built from the database. This is where the
 * privacy rules live: no projection carries an answer, and results appear only once a
 * round is revealed, as aggregates with the small-group rule applied.
 */
export function liveProjections(queries: Queries, workshops: WorkshopService) {
  const openRoundInWorkshop = queries.rounds.openInWorkshop;

  /** The stored current activity, or the first on the agenda when none is set. */
  function current(workshopId: string, activities: readonly Activity[]): Activity | null {
    const stored = queries.session.currentActivity(workshopId);
    return activities.find((a) => a.id === stored) ?? activities[0] ?? null;
  }

  /**
   * The activity as the projector may show it: items written by the room (ideas) appear
   * only once a round asks the room to choose among them, never while they are written
   * or curated.
   */
  function shownToRoom(activity: Activity): Activity {
    const stages = stagesOf(activity.kind);
    if (stages === null) return activity;
    const choosing = queries.rounds
      .listByActivity(activity.id)
      .some((round) => stageOf(activity.kind, round.stage)?.input === 'items');
    return choosing ? activity : { ...activity, items: [] };
  }

  function progress(round: Round, participants: readonly Participant[]): Progress {
    const voted = new Set(queries.votes.voterIds(round.id));
    return {
      total: participants.length,
      voted: participants.filter((p) => voted.has(p.id)).map(toVoter),
      pending: participants.filter((p) => !voted.has(p.id)).map(toVoter),
    };
  }

  /** The activity's results over its revealed rounds only; null before its first reveal. */
  function revealed(anonymous: boolean, participants: readonly Participant[], activity: Activity) {
    const input = analysisActivityOf(queries, activity, (round) => round.status === 'revealed');
    if (!input.rounds.some((round) => round.status === 'revealed')) return null;
    const result = analyzeActivity(input, {
      anonymous,
      roster: createRoster(participants.map((p) => ({ id: p.id, side: p.side }))),
    });
    return result.latest === null ? null : result;
  }

  return {
    facilitator(workshopId: string, extras: Extras & { ballotHandedOver: boolean }): FacilitatorView {
      const { workshop, participants, activities } = workshops.detail(workshopId);
      const now = current(workshopId, activities);
      const rounds = now ? queries.rounds.listByActivity(now.id) : [];
      const open = openRoundInWorkshop(workshopId);
      const shown = open ?? rounds.at(-1) ?? null;
      const stages: Record<string, { rounds: number; status: Round['status'] | null; stage: Round['stage'] }> = {};
      for (const activity of activities) {
        const all = activity.id === now?.id ? rounds : queries.rounds.listByActivity(activity.id);
        stages[activity.id] = {
          rounds: all.length,
          status: all.at(-1)?.status ?? null,
          stage: all.at(-1)?.stage ?? null,
        };
      }
      return {
        audience: 'facilitator',
        ...extras,
        workshop,
        participants: participants.map(toVoter),
        activities,
        currentActivityId: now?.id ?? null,
        stages,
        rounds,
        openRound: open,
        progress: shown ? progress(shown, participants) : null,
        revealed: now ? revealed(workshop.anonymous, participants, now) : null,
        notes: queries.notes.listByWorkshop(workshopId),
        actionItems: queries.actionItems.listByWorkshop(workshopId),
      };
    },

    room(workshopId: string, extras: Extras): RoomView {
      const { workshop, participants, activities } = workshops.detail(workshopId);
      const now = current(workshopId, activities);
      const latest = now ? (queries.rounds.listByActivity(now.id).at(-1) ?? null) : null;
      const result = latest?.status === 'revealed' && now ? revealed(workshop.anonymous, participants, now) : null;
      return {
        audience: 'room',
        ...extras,
        workshop: { id: workshop.id, title: workshop.title },
        position: now ? activities.indexOf(now) + 1 : 0,
        activityCount: activities.length,
        activity: now ? agendaActivity(shownToRoom(now)) : null,
        prompt: now?.prompt ?? '',
        round: latest ? toRoundView(latest) : null,
        progress:
          latest?.status === 'open'
            ? { voted: queries.votes.voterIds(latest.id).length, total: participants.length }
            : null,
        revealed: result,
      };
    },

    ballot(workshopId: string, extras: { version: number; mayChange: readonly string[] }): BallotView {
      const { workshop, participants, activities } = workshops.detail(workshopId);
      const open = openRoundInWorkshop(workshopId);
      const activity = open ? (activities.find((a) => a.id === open.activityId) ?? null) : null;
      return {
        audience: 'ballot',
        version: extras.version,
        mayChange: extras.mayChange,
        workshop: { id: workshop.id, title: workshop.title, anonymous: workshop.anonymous },
        participants: participants.map(toVoter),
        round: open ? toRoundView(open) : null,
        activity: activity
          ? {
              id: activity.id,
              kind: activity.kind,
              title: activity.title,
              prompt: activity.prompt,
              config: activity.config,
              // Nobody sees anyone's ideas while the room is writing them.
              items: (stageOf(activity.kind, open?.stage)?.input === 'texts' ? [] : activity.items).map((item) => ({
                id: item.id,
                label: item.label,
                description: item.description,
              })),
            }
          : null,
        voted: open ? queries.votes.voterIds(open.id) : [],
      };
    },
  };
}

export type LiveProjections = ReturnType<typeof liveProjections>;
